// retain filters in place: fewer elements, same capacity.
fn main() {
    let mut temps: Vec<i32> = (-5..=5).collect();
    println!("temps: len={} cap={}", temps.len(), temps.capacity());
    temps.retain(|&t| t > 0);
    println!("positive: {:?}", temps);
    println!("len={} cap={}", temps.len(), temps.capacity());
    temps.shrink_to_fit();
    println!("after shrink: cap={}", temps.capacity());
}
