// Slicing in the middle of a multibyte character panics at run time.
fn main() {
    let hello = String::from("Здравствуйте");
    println!("bytes: {}", hello.len());
    let ok = &hello[0..2];
    println!("first letter: {}", ok);
    let bad = &hello[0..1]; // byte 1 is inside 'З'
    println!("never printed: {}", bad);
}
