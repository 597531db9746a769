// Mistake: sorting while a reference into the vector is still in use.
fn main() {
    let mut queue = vec![5, 3, 9, 1];
    let first = &queue[0];
    queue.sort();
    println!("first was {}, now {:?}", first, queue);
}
