use std::mem::size_of_val;

fn main() {
    let mut v: Vec<u16> = Vec::with_capacity(16);
    v.extend_from_slice(&[3, 1, 4, 1, 5]);
    println!("vec: len {} cap {} header {}", v.len(), v.capacity(), size_of_val(&v));

    // A boxed slice drops the capacity field: pointer + length only
    let frozen: Box<[u16]> = v.into_boxed_slice();
    println!("boxed: len {} header {}", frozen.len(), size_of_val(&frozen));
    println!("boxed data bytes {}", size_of_val(&*frozen));

    // Turning it back into a Vec gives capacity == len
    let again: Vec<u16> = frozen.into_vec();
    println!("again: len {} cap {}", again.len(), again.capacity());

    let text: Box<str> = String::from("compact").into_boxed_str();
    println!("Box<str> header {} data {}", size_of_val(&text), size_of_val(&*text));
}
