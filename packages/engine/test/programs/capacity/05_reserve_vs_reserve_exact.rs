// reserve may over-allocate; reserve_exact asks for exactly enough.
fn main() {
    let mut a: Vec<u32> = vec![1, 2, 3];
    let mut b: Vec<u32> = vec![1, 2, 3];
    println!("a: len={} cap={}", a.len(), a.capacity());
    println!("b: len={} cap={}", b.len(), b.capacity());

    a.reserve(1);
    b.reserve_exact(1);
    println!("reserve(1):       a cap={}", a.capacity());
    println!("reserve_exact(1): b cap={}", b.capacity());

    a.reserve(10);
    b.reserve_exact(10);
    println!("reserve(10):       a cap={}", a.capacity());
    println!("reserve_exact(10): b cap={}", b.capacity());

    // Already enough room: nothing happens.
    a.reserve(2);
    println!("reserve(2) again: a cap={}", a.capacity());
}
