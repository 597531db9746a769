// kind: why
// title: Returning a reference to a formatted String
// tags: lifetimes
// difficulty: 2
// ---
fn make_title(name: &str) -> &str {
    let title = format!("Dr. {}", name);
    &title
}

fn main() {
    let t = make_title("Who");
    println!("{}", t);
}
