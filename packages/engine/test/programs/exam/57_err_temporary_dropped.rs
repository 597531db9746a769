fn main() {
    let trimmed: &str = String::from("  padded  ").trim();
    println!("[{}]", trimmed);
}
