// Sort words by their length; sort is stable so ties keep their order.
fn main() {
    let mut words = vec!["elephant", "cat", "horse", "ox", "dog", "zebra"];
    words.sort_by_key(|w| w.len());
    for w in &words {
        println!("{:>8} ({})", w, w.len());
    }
}
