fn main() {
    let mut fib = vec![1, 1];
    while fib.len() < 8 {
        if let Some(&last) = fib.last() {
            let prev = fib[fib.len() - 2];
            fib.push(last + prev);
        }
    }
    println!("{:?}", fib);
}
