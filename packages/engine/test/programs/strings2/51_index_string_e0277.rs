// Student attempt: grab the first letter like in C or Python.
fn main() {
    let name = String::from("hello");
    let first = name[0];
    println!("first letter: {}", first);
}
