// Holding a borrowed &str from a Vec while pushing into it.
fn main() {
    let mut names = vec![String::from("Ferris"), String::from("Corro")];
    let first: &str = &names[0];
    names.push(String::from("Clippy"));
    println!("first is {}", first);
}
