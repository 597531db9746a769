// dedup removes consecutive duplicates without reallocating.
fn main() {
    let mut votes = vec![3, 1, 3, 2, 1, 3, 2, 2];
    votes.sort();
    println!("sorted: {:?} len={} cap={}", votes, votes.len(), votes.capacity());
    votes.dedup();
    println!("dedup:  {:?} len={} cap={}", votes, votes.len(), votes.capacity());
}
