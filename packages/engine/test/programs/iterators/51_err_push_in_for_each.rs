fn main() {
    let mut queue = vec![1, 2, 3];

    queue.iter().for_each(|job| {
        if *job % 2 == 1 {
            queue.push(job * 10);
        }
    });

    println!("{:?}", queue);
}
