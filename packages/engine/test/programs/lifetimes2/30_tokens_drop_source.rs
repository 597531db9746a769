// Dropping the source while tokens still borrow from it.
fn tokenize(src: &str) -> Vec<&str> {
    src.split(',').map(|s| s.trim()).collect()
}

fn main() {
    let source = String::from("red, green, blue");
    let tokens = tokenize(&source);
    drop(source);
    println!("{:?}", tokens);
}
