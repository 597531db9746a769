use std::thread;

fn main() {
    let data = vec![3, 1, 4, 1, 5, 9, 2, 6, 5, 3];
    let (left, right) = data.split_at(data.len() / 2);

    // Scoped threads may borrow local data because they are joined before scope returns.
    let (a, b) = thread::scope(|s| {
        let h1 = s.spawn(|| left.iter().sum::<i32>());
        let h2 = s.spawn(|| right.iter().sum::<i32>());
        (h1.join().unwrap(), h2.join().unwrap())
    });

    println!("left = {}, right = {}, total = {}", a, b, a + b);
    println!("data still usable: len {}", data.len());
}
