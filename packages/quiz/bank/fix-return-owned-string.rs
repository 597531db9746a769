// kind: fix
// title: Return the title itself
// tags: lifetimes, move
// difficulty: 3
// ---
fn make_title(name: &str) -> &str {
    let title = format!("Captain {}", name);
    &title
}

fn main() {
    let t = make_title("Hook");
    println!("{}", t);
}
// === reference ===
fn make_title(name: &str) -> String {
    let title = format!("Captain {}", name);
    title
}

fn main() {
    let t = make_title("Hook");
    println!("{}", t);
}
