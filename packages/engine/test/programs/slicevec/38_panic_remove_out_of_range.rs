// Vec::remove panics if the index is not less than len.
fn main() {
    let mut tasks = vec![String::from("wash"), String::from("dry"), String::from("fold")];
    let done = tasks.remove(0);
    println!("done: {}", done);
    let done = tasks.remove(1);
    println!("done: {}", done);
    println!("left: {:?}", tasks);

    // Only one task remains, at index 0.
    let done = tasks.remove(1);
    println!("done: {}", done);
}
