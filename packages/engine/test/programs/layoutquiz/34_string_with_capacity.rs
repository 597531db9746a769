fn main() {
    let mut label = String::with_capacity(5);
    println!("new: len {} cap {}", label.len(), label.capacity());

    label.push_str("hello");
    println!("'hello': len {} cap {}", label.len(), label.capacity());

    // Not enough room: the buffer must grow
    label.push_str(" world");
    println!("'hello world': len {} cap {}", label.len(), label.capacity());

    label.push('!');
    println!("'hello world!': len {} cap {}", label.len(), label.capacity());

    // A multi-byte char needs more than one byte of capacity
    let mut word = String::with_capacity(2);
    word.push('é');
    println!("é: len {} cap {} chars {}", word.len(), word.capacity(), word.chars().count());
}
