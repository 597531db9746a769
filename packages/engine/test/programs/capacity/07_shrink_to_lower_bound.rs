// shrink_to keeps at least the requested capacity (and never less than len).
fn main() {
    let mut buffer: Vec<i64> = Vec::with_capacity(64);
    buffer.extend([5, 6, 7, 8, 9]);
    println!("start: len={} cap={}", buffer.len(), buffer.capacity());

    buffer.shrink_to(32);
    println!("shrink_to(32): cap={}", buffer.capacity());

    buffer.shrink_to(2);
    println!("shrink_to(2): cap={}", buffer.capacity());

    buffer.shrink_to(100);
    println!("shrink_to(100): cap={}", buffer.capacity());
}
