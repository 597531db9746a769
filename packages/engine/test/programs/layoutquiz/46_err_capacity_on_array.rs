fn main() {
    // Arrays have a fixed length; only growable buffers have a capacity
    let scores = [90, 82, 77, 68];
    let total: i32 = scores.iter().sum();
    println!("total {}", total);
    println!("len {} cap {}", scores.len(), scores.capacity());
}
