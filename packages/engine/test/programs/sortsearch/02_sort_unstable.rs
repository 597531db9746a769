// sort_unstable is usually faster and fine when equal items are indistinguishable.
fn main() {
    let mut ids: Vec<u32> = vec![900, 12, 450, 12, 77, 3];
    ids.sort_unstable();
    println!("{:?}", ids);
    let total: u32 = ids.iter().sum();
    println!("sum = {}", total);
    let mut letters: Vec<char> = "rustacean".chars().collect();
    letters.sort_unstable();
    let s: String = letters.into_iter().collect();
    println!("{}", s);
}
