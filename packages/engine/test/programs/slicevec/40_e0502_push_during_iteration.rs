// Trying to grow a list while looping over it.
fn main() {
    let mut numbers = vec![1, 2, 3];

    // Add the double of every number to the end.
    for n in &numbers {
        if *n < 3 {
            numbers.push(n * 2);
        }
    }

    println!("{:?}", numbers);
}
