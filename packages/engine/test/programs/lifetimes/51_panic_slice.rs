// Slicing past the end of a string panics at runtime, lifetimes or not.
fn prefix(s: &str, n: usize) -> &str {
    &s[..n]
}

fn initials<'a>(first: &'a str, last: &'a str) -> (&'a str, &'a str) {
    (prefix(first, 1), prefix(last, 1))
}

fn main() {
    let (f, l) = initials("Grace", "Hopper");
    println!("{}.{}.", f, l);
    println!("{}", prefix("Rustacean", 4));

    let code = String::from("AB");
    println!("about to take 3 bytes of {:?}", code);
    let p = prefix(&code, 3);
    println!("never printed: {}", p);
}
