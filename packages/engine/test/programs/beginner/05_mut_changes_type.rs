// Student tried to use `mut` instead of shadowing.
fn main() {
    let mut spaces = "   ";
    println!("raw: '{}'", spaces);
    spaces = spaces.len();
    println!("count: {}", spaces);
}
