// kind: compiles
// title: The reference's last use comes first
// tags: nll, borrow
// difficulty: 2
// ---
fn main() {
    let mut names = vec![String::from("ada")];
    let first = &names[0];
    println!("first: {}", first);
    names.push(String::from("grace"));
    println!("count: {}", names.len());
}
