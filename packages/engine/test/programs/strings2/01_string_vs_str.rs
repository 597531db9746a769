// Lecture 7: String vs &str.
// A String owns heap data; a &str is a borrowed view into some UTF-8 bytes.
fn greet(name: &str) {
    println!("Hello, {}!", name);
}

fn main() {
    let literal: &str = "Ferris";          // lives in the binary
    let owned: String = String::from("Ada"); // lives on the heap

    greet(literal);
    greet(&owned);      // &String coerces to &str
    greet(&owned[..]);  // explicit full slice
    greet(owned.as_str());

    let view: &str = &owned;
    println!("literal len = {}, owned len = {}", literal.len(), view.len());
    println!("owned is still usable: {}", owned);
}
