fn main() {
    let mut high_score: u32 = 0;
    let rounds = [120, 340, 90, 410, 205];

    for points in rounds {
        if points > high_score {
            high_score = points;
        }
    }

    let best = &high_score;
    high_score = 0; // new season starts
    println!("Last season's best: {}", best);
    println!("New season: {}", high_score);
}
