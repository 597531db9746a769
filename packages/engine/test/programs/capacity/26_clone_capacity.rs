// A clone only allocates what it needs: capacity equals length.
fn main() {
    let mut original: Vec<i32> = Vec::with_capacity(50);
    original.extend([4, 8, 15, 16, 23, 42]);
    let copy = original.clone();
    println!("original: len={} cap={}", original.len(), original.capacity());
    println!("copy:     len={} cap={}", copy.len(), copy.capacity());

    let mut text = String::with_capacity(40);
    text.push_str("numbers");
    let text2 = text.clone();
    println!("text:  len={} cap={}", text.len(), text.capacity());
    println!("text2: len={} cap={}", text2.len(), text2.capacity());
    println!("equal? {} {}", original == copy, text == text2);
}
