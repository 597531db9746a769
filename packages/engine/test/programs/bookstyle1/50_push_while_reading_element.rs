// Quiz: pushing may reallocate, so an existing reference would dangle.
fn main() {
    let mut queue = vec![10, 20, 30];
    let front = &queue[0];
    queue.push(40);
    println!("front of queue: {front}");
}
