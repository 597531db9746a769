// Exercise: update the best score while we still look at the old one.
// Read the compiler message carefully and explain it in your own words.
// Then suggest a fix that keeps the intent of the program.
// (Exercise sheet 3)
fn main() {
    let mut best = String::from("alice: 90");
    let scores = vec![("bob", 95), ("cem", 80)];

    let previous = &best;
    for (name, score) in &scores {
        if *score > 90 {
            best = format!("{}: {}", name, score);
        }
    }
    println!("previous best was {}", previous);
    println!("best is now {}", best);
    let count = scores.len();
    println!("checked {} scores", count);
    let avg: f64 = scores.iter().map(|(_, s)| *s as f64).sum::<f64>() / count as f64;
    println!("average {:.1}", avg);
}
