fn main() {
    let mut high_score = 1200;
    let shown = &high_score;
    high_score = 1500;
    println!("displayed {} but actual is {}", shown, high_score);
}
