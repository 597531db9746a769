use std::collections::HashMap;

fn mode(values: &[i32]) -> Option<i32> {
    let mut counts = HashMap::new();
    for &v in values {
        *counts.entry(v).or_insert(0) += 1;
    }
    // Break ties by the smaller value so the answer is deterministic.
    counts
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
        .map(|(v, _)| v)
}

fn main() {
    let rolls = [3, 5, 2, 6, 3, 3, 5, 1, 6, 5, 4, 2];
    println!("mode = {:?}", mode(&rolls));

    let mut hist = [0u32; 7];
    for &r in rolls.iter() {
        hist[r as usize] += 1;
    }
    for face in 1..=6 {
        println!("{}: {}", face, "*".repeat(hist[face] as usize));
    }
    let total: i32 = rolls.iter().sum();
    let avg = total as f64 / rolls.len() as f64;
    println!("sum = {}, average = {:.4}", total, avg);
    println!("mode of [] = {:?}", mode(&[]));
}
