// Print every element of a list with its position.
fn print_all<T>(items: &[T]) {
    for (i, item) in items.iter().enumerate() {
        println!("{}: {}", i, item);
    }
}

fn main() {
    let fruits = vec!["apple", "banana", "cherry"];
    print_all(&fruits);

    let primes = [2, 3, 5, 7];
    print_all(&primes);
}
