// Edition 2021: closures capture individual fields, not the whole struct.
struct Player {
    name: String,
    score: u32,
    history: Vec<u32>,
}

fn main() {
    let mut p = Player { name: String::from("Kim"), score: 0, history: Vec::new() };

    let mut add_points = |pts: u32| {
        p.score += pts;
        p.history.push(pts);
    };

    // reading p.name while the closure holds p.score and p.history mutably is fine
    println!("player: {}", p.name);
    add_points(10);
    add_points(25);
    add_points(5);

    println!("{} has {} points from {:?}", p.name, p.score, p.history);
}
