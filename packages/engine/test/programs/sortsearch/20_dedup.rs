// dedup only removes consecutive duplicates, so sort first.
fn main() {
    let mut rolls = vec![3, 3, 1, 6, 1, 1, 3];
    let mut copy = rolls.clone();
    copy.dedup();
    println!("dedup without sort: {:?}", copy);
    rolls.sort();
    rolls.dedup();
    println!("sort then dedup:    {:?}", rolls);
}
