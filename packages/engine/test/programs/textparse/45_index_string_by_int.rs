// Checking whether a code starts with a capital letter.
fn main() {
    let codes = vec![String::from("Axy12"), String::from("b7"), String::from("Q")];
    for code in &codes {
        let first = code[0];
        if first.is_ascii_uppercase() {
            println!("{} ok", code);
        } else {
            println!("{} must start with a capital", code);
        }
    }
}
