// After removing items, give memory back with shrink_to_fit.
fn main() {
    let mut ids: Vec<u16> = (1..=100).collect();
    println!("collected: len={} cap={}", ids.len(), ids.capacity());
    ids.truncate(10);
    println!("truncated: len={} cap={}", ids.len(), ids.capacity());
    ids.shrink_to_fit();
    println!("shrunk: len={} cap={}", ids.len(), ids.capacity());
    ids.push(101);
    println!("pushed: len={} cap={}", ids.len(), ids.capacity());
    println!("last id = {:?}", ids.last());
}
