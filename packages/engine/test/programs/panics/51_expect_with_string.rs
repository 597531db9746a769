// Mistake: expect wants a &str, not a String.
fn main() {
    let names = vec!["ivy", "leo"];
    let wanted = 5;
    let name = names
        .get(wanted)
        .expect(format!("no name at index {}", wanted));
    println!("{}", name);
}
