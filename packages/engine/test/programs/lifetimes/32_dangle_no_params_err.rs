// The Rust Book, Listing 4-14: dangle() has nothing to borrow from.
fn main() {
    let reference_to_nothing = dangle();
    println!("{}", reference_to_nothing);
}

fn dangle() -> &String {
    let s = String::from("hello");

    &s
}
