// String owns its buffer on the heap; &str borrows a view into some UTF-8 bytes.
fn describe(label: &str, text: &str) {
    println!("{:>10}: \"{}\" (len {})", label, text, text.len());
}

fn main() {
    let literal: &str = "hello";            // lives in the binary
    let owned: String = String::from("hello"); // lives on the heap
    let also_owned = "world".to_string();

    describe("literal", literal);
    describe("owned", &owned);        // &String coerces to &str
    describe("also", also_owned.as_str());

    let slice: &str = &owned[1..4];
    describe("slice", slice);

    println!("equal? {}", literal == owned);
    println!("equal? {}", owned == "hello");
    println!("empty string is empty: {}", String::new().is_empty());
}
