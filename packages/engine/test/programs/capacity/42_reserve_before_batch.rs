// Reserve once for a known batch, then push without reallocating.
fn add_batch(store: &mut Vec<u64>, batch: &[u64]) {
    let before = store.capacity();
    store.reserve(batch.len());
    println!("reserve({}) at len {}: cap {} -> {}", batch.len(), store.len(), before, store.capacity());
    for &x in batch {
        store.push(x);
    }
}

fn main() {
    let mut store = Vec::new();
    add_batch(&mut store, &[1, 2, 3]);
    add_batch(&mut store, &[4, 5]);
    add_batch(&mut store, &[6, 7, 8, 9, 10, 11, 12, 13, 14]);
    println!("len={} cap={}", store.len(), store.capacity());
}
