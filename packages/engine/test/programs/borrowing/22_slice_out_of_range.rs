// Slicing past the end is not a compile error, it panics at run time.
fn prefix(s: &str, n: usize) -> &str {
    &s[..n]
}

fn main() {
    let code = String::from("RUST2021");
    println!("{}", prefix(&code, 4));
    println!("{}", prefix(&code, 8));
    let values = [1, 2, 3];
    let tail = &values[1..];
    println!("{:?}", tail);
    println!("about to take too much...");
    println!("{}", prefix(&code, 12));
    println!("unreachable");
}
