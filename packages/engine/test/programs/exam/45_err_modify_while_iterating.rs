fn main() {
    let mut queue = vec![3, 1, 4];
    for x in &queue {
        if *x > 2 {
            queue.push(*x * 2);
        }
    }
    println!("{:?}", queue);
}
