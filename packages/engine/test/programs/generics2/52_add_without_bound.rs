// Generic sum without telling Rust that T supports +.
fn sum_all<T: Copy>(items: &[T], start: T) -> T {
    let mut acc = start;
    for &x in items {
        acc = acc + x;
    }
    acc
}

fn main() {
    println!("{}", sum_all(&[1, 2, 3], 0));
}
