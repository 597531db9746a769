// kind: why
// title: Growing a Vec while looping over it
// tags: borrow, mutable-borrow, vec-realloc
// difficulty: 2
// ---
fn main() {
    let mut queue = vec![1, 2, 3];
    for job in &queue {
        if *job == 2 {
            queue.push(4);
        }
    }
    println!("{:?}", queue);
}
