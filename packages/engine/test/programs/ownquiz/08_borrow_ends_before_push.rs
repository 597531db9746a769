// Same as the last slide, with two lines swapped. Compile?
fn main() {
    let mut scores = vec![88, 92, 75];
    let first = &scores[0];
    println!("first score: {}", first);
    scores.push(100);
    println!("all scores: {:?}", scores);
}
