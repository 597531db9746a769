fn main() {
    let mut queue = vec![String::from("first"), String::from("second")];
    let head = &queue[0];
    queue.push(String::from("third"));
    println!("head of queue: {}", head);
}
