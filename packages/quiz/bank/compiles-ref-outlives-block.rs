// kind: compiles
// title: A reference that leaves its block
// tags: lifetimes, borrow
// difficulty: 2
// ---
fn main() {
    let longest: &String;
    {
        let word = String::from("scope");
        longest = &word;
    }
    println!("{}", longest);
}
