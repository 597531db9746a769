fn main() {
    let s = String::from("hello world");
    let hello = &s[0..5];
    let world = &s[6..11];
    println!("[{}] [{}]", hello, world);

    // shorthand ranges
    println!("[{}] [{}] [{}]", &s[..5], &s[6..], &s[..]);

    // multi-byte characters: each Cyrillic letter is 2 bytes
    let hi = "Здравствуйте";
    println!("bytes: {}, chars: {}", hi.len(), hi.chars().count());
    let first_two = &hi[0..4];
    println!("first two letters: {}", first_two);

    // checking before slicing
    let cafe = "café au lait";
    for i in 0..6 {
        println!("is_char_boundary({}) = {}", i, cafe.is_char_boundary(i));
    }
    println!("safe slice: {}", &cafe[0..5]);
}
