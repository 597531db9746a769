// clear() drops the elements but keeps the allocation for reuse.
fn main() {
    let mut batch: Vec<String> = Vec::with_capacity(8);
    for round in 1..=3 {
        for j in 0..round * 2 {
            batch.push(format!("job-{}-{}", round, j));
        }
        println!("round {}: len={} cap={} first={}", round, batch.len(), batch.capacity(), batch[0]);
        batch.clear();
        println!("  cleared: len={} cap={} empty={}", batch.len(), batch.capacity(), batch.is_empty());
    }
}
