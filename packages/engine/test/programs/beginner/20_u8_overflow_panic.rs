// In a debug build, integer overflow panics.
fn add_bonus(points: u8, bonus: u8) -> u8 {
    points + bonus
}

fn main() {
    let mut points: u8 = 200;
    for round in 1..=5 {
        points = add_bonus(points, 20);
        println!("after round {}: {}", round, points);
    }
    println!("final: {}", points);
}
