// Each inner Vec has its own heap buffer and its own capacity.
fn main() {
    let mut rows: Vec<Vec<u8>> = Vec::new();
    for n in 1..=4 {
        let mut row = Vec::with_capacity(n * 2);
        for k in 0..n {
            row.push(k as u8);
        }
        rows.push(row);
    }
    println!("outer: len={} cap={}", rows.len(), rows.capacity());
    let mut total_reserved = 0;
    for (i, r) in rows.iter().enumerate() {
        println!("row {}: {:?} len={} cap={}", i, r, r.len(), r.capacity());
        total_reserved += r.capacity();
    }
    println!("inner bytes reserved: {}", total_reserved);
}
