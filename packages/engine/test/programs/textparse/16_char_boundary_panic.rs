// Slicing in the middle of a multi-byte character panics at run time.
fn main() {
    let greeting = "héllo";
    println!("bytes: {}", greeting.len());
    println!("first letter: {}", &greeting[0..1]);
    // 'é' takes bytes 1 and 2, so index 2 is not a char boundary.
    println!("is_char_boundary(2) = {}", greeting.is_char_boundary(2));
    let part = &greeting[0..2];
    println!("never printed: {}", part);
}
