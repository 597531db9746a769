// Puzzle: a `ref mut` binding is alive while we ask for the length.
fn main() {
    let mut scores = vec![3, 1, 4];

    match scores {
        ref mut list => {
            list.push(1);
            println!("length is {}", scores.len());
            list.push(5);
        }
    }

    println!("{:?}", scores);
}
