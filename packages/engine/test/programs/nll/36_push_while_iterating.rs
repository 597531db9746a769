// Growing a vector while a for-loop iterates over it.
fn main() {
    let mut queue = vec![1, 2, 3];
    for job in &queue {
        if job % 2 == 1 {
            queue.push(job * 10);
        }
    }
    println!("{:?}", queue);
}
