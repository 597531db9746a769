// Return a default value when the list is empty.
fn first_or_zero<T: Copy>(items: &[T]) -> T {
    if items.is_empty() {
        return 0;
    }
    items[0]
}

fn main() {
    println!("{}", first_or_zero(&[5, 6, 7]));
    let empty: [i32; 0] = [];
    println!("{}", first_or_zero(&empty));
}
