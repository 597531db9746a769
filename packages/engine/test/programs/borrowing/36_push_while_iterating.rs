// Duplicate every even number... by pushing onto the vector we are looping over.
fn main() {
    let mut numbers = vec![1, 2, 3, 4];

    for n in &numbers {
        if n % 2 == 0 {
            numbers.push(*n);
        }
    }

    println!("{:?}", numbers);
}
