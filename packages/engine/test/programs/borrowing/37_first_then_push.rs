fn main() {
    let mut queue = vec![String::from("alice"), String::from("bob")];

    let first = &queue[0];

    queue.push(String::from("carol"));

    println!("The first in line is: {}", first);
}
