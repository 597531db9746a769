// Build the Collatz sequence by looking at the last element while pushing.
fn main() {
    let mut seq = vec![27u64];
    for &n in seq.iter() {
        if n == 1 {
            break;
        }
        let next = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        seq.push(next);
    }
    println!("{} terms", seq.len());
}
