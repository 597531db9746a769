fn main() {
    let mut high_score = 120;
    let best = &high_score;
    high_score = 150;
    println!("best was {}", best);
}
