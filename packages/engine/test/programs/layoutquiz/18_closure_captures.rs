use std::mem::size_of_val;

fn main() {
    let a: u8 = 1;
    let b: u64 = 2;
    let text = String::from("hi");

    // No captures: zero-sized
    let nothing = || 42;
    // Captures a by reference: one pointer
    let by_ref = || a + 1;
    // Captures a and b by value (move): u8 + u64 with padding
    let by_move = move || a as u64 + b;
    // Captures the whole String by value
    let owns_text = move || text.len();

    println!("nothing   {} -> {}", size_of_val(&nothing), nothing());
    println!("by_ref    {} -> {}", size_of_val(&by_ref), by_ref());
    println!("by_move   {} -> {}", size_of_val(&by_move), by_move());
    println!("owns_text {} -> {}", size_of_val(&owns_text), owns_text());
}
