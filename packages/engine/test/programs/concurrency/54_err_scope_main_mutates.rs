use std::thread;

// Mistake: main pushes to `queue` while a scoped thread still reads it.
fn main() {
    let mut queue = vec![1, 2, 3];

    thread::scope(|s| {
        let reader = s.spawn(|| queue.iter().sum::<i32>());
        queue.push(4);
        println!("sum = {}", reader.join().unwrap());
    });

    println!("{:?}", queue);
}
