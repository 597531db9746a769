fn main() {
    let first: &str;
    {
        let parts: Vec<&str> = vec!["a", "b"];
        first = parts[0];
    }
    println!("{}", first);
}
