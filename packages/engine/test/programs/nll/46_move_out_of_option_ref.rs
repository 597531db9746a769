// Dereferencing a shared reference to an Option<String> and
// matching by value tries to move the String out.
fn describe(slot: &Option<String>) -> String {
    match *slot {
        Some(s) => s,
        None => String::from("(empty)"),
    }
}

fn main() {
    let slot = Some(String::from("key"));
    println!("{}", describe(&slot));
    println!("{:?}", slot);
}
