// A struct field that is a reference, declared without a lifetime parameter.
struct Highlight {
    text: &str,
    color: u8,
}

fn main() {
    let quote = String::from("To be, or not to be");
    let h = Highlight { text: &quote[..5], color: 3 };
    println!("{} in color {}", h.text, h.color);
}
