// Quiz: why can't we keep `first` while pushing?
fn main() {
    let mut queue: Vec<i32> = Vec::with_capacity(2);
    queue.push(1);
    queue.push(2);
    let first = &queue[0];
    // This push must reallocate: cap is 2 and len is 2.
    queue.push(3);
    println!("first = {}, len={} cap={}", first, queue.len(), queue.capacity());
}
