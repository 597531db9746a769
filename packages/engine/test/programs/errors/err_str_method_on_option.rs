fn main() {
    let first: Option<&str> = Some("Alice");
    println!("{}", first.to_uppercase());
}
