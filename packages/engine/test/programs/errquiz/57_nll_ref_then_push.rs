// Looks like a borrow conflict... does it compile?
fn main() {
    let mut queue = vec![String::from("Take Five"), String::from("Round Midnight")];

    let next_up = &queue[0];
    println!("Next up: {}", next_up);

    queue.push(String::from("Naima"));
    queue.push(String::from("Blue Monk"));

    for (i, song) in queue.iter().enumerate() {
        println!("{}. {}", i + 1, song);
    }
}
