// Forgetting `mut` on a growable Vec.
fn main() {
    let names = Vec::with_capacity(3);
    println!("cap before = {}", names.capacity());
    names.push("lin");
    names.push("mo");
    println!("{:?} len={}", names, names.len());
}
