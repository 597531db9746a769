fn top_three(scores: &[u32]) -> &[u32] {
    let mut sorted = scores.to_vec();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    &sorted[..3]
}

fn main() {
    let scores = [72, 95, 88, 61, 99, 80];
    let best = top_three(&scores);
    for (rank, s) in best.iter().enumerate() {
        println!("#{}: {}", rank + 1, s);
    }
}
