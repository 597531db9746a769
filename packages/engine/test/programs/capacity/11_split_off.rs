// split_off moves the tail into a brand new Vec.
fn main() {
    let mut queue: Vec<u32> = Vec::with_capacity(10);
    queue.extend_from_slice(&[10, 20, 30, 40, 50, 60]);
    println!("queue: len={} cap={}", queue.len(), queue.capacity());

    let tail = queue.split_off(4);
    println!("head: {:?} len={} cap={}", queue, queue.len(), queue.capacity());
    println!("tail: {:?} len={} cap={}", tail, tail.len(), tail.capacity());

    let rest = queue.split_off(0);
    println!("after split_off(0): head len={} cap={}", queue.len(), queue.capacity());
    println!("rest: {:?} cap={}", rest, rest.capacity());
}
