use std::mem::{size_of, size_of_val};

fn main() {
    let name = String::from("Ferris the crab");
    let scores: Vec<u16> = vec![90, 85, 77];
    let boxed = Box::new(1234567u64);
    let big: Box<[u8]> = vec![1, 2, 3, 4, 5].into_boxed_slice();

    // The stack part of each value, no matter what is on the heap
    println!("String   {}", size_of_val(&name));
    println!("Vec<u16> {}", size_of_val(&scores));
    println!("Box<u64> {}", size_of_val(&boxed));
    println!("Box<[u8]> {}", size_of_val(&big));

    // The same numbers from the types alone
    assert_eq!(size_of::<String>(), 3 * size_of::<usize>());
    assert_eq!(size_of::<Vec<u8>>(), size_of::<Vec<[u64; 100]>>());
    println!("len {} / {} / {}", name.len(), scores.len(), big.len());
    println!("boxed value {}", boxed);
}
