// Compare pointers and measure the distance between them in elements.
fn main() {
    let letters = ['a', 'b', 'c', 'd', 'e'];
    let first = &letters[0] as *const char;
    let fourth = &letters[3] as *const char;
    let distance = unsafe { fourth.offset_from(first) };
    println!("distance in elements: {}", distance);
    println!("first == letters.as_ptr(): {}", first == letters.as_ptr());
    println!("std::ptr::eq on refs: {}", std::ptr::eq(&letters[1], &letters[1]));
    let a = 5;
    let b = 5;
    println!("equal values, different places: {}", std::ptr::eq(&a, &b));
}
