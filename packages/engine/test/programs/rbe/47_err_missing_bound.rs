// A generic function can only use what its bounds promise.
use std::fmt::Debug;

fn print_all<T: Debug>(items: &[T]) {
    for item in items {
        println!("item: {}", item);
    }
}

fn main() {
    print_all(&[1, 2, 3]);
    print_all(&["a", "b"]);
}
