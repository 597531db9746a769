// A slice borrows part of a Vec; does it have a capacity?
fn summary(data: &[u32]) {
    println!("len={} cap={}", data.len(), data.capacity());
}

fn main() {
    let mut data = Vec::with_capacity(8);
    data.extend_from_slice(&[1, 2, 3]);
    summary(&data);
}
