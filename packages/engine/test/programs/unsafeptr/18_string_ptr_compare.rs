// A String and its &str view point at the same heap bytes.
fn main() {
    let s = String::from("memory");
    let a = s.as_ptr();
    let b = s.as_str().as_ptr();
    println!("same start address: {}", a == b);

    let cloned = s.clone();
    println!("clone shares the buffer: {}", cloned.as_ptr() == a);

    let word = &s[2..];
    println!("slice starts at the same place: {}", word.as_ptr() == a);
    println!("slice starts two bytes later: {}", word.as_ptr() == unsafe { a.add(2) });
}
