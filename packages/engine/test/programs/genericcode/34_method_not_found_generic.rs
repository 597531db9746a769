// Build a report line from any value.
fn label<T>(value: T) -> String {
    let text = value.to_string();
    format!("[{}]", text)
}

fn main() {
    println!("{}", label(5));
    println!("{}", label("five"));
}
