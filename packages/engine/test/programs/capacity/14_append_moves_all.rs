// append empties the other Vec but leaves its buffer in place.
fn main() {
    let mut morning = vec![7, 8, 9];
    let mut afternoon = Vec::with_capacity(6);
    afternoon.push(13);
    afternoon.push(14);
    afternoon.push(15);
    println!("morning: len={} cap={}", morning.len(), morning.capacity());
    println!("afternoon: len={} cap={}", afternoon.len(), afternoon.capacity());

    morning.append(&mut afternoon);
    println!("morning now {:?} len={} cap={}", morning, morning.len(), morning.capacity());
    println!("afternoon now len={} cap={}", afternoon.len(), afternoon.capacity());
}
