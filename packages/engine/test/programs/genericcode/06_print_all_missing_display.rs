// Print a numbered list of items.
fn print_numbered<T>(items: &[T]) {
    for (i, item) in items.iter().enumerate() {
        println!("{}. {}", i + 1, item);
    }
}

fn main() {
    let names = vec!["Ada", "Grace", "Linus"];
    print_numbered(&names);
}
