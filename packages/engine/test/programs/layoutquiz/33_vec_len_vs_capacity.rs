fn main() {
    let mut queue: Vec<i32> = (1..=10).collect();
    println!("collected: len {} cap {}", queue.len(), queue.capacity());

    queue.truncate(4);
    println!("truncate(4): len {} cap {} {:?}", queue.len(), queue.capacity(), queue);

    queue.pop();
    println!("pop: len {} cap {}", queue.len(), queue.capacity());

    // clear drops the elements but keeps the allocation
    queue.clear();
    println!("clear: len {} cap {} empty={}", queue.len(), queue.capacity(), queue.is_empty());

    queue.push(99);
    println!("push: len {} cap {} {:?}", queue.len(), queue.capacity(), queue);
}
