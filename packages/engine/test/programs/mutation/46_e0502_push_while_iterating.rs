fn main() {
    let mut numbers = vec![1, 2, 3];
    for n in &numbers {
        if n % 2 == 1 {
            numbers.push(n * 10);
        }
    }
    println!("{:?}", numbers);
}
