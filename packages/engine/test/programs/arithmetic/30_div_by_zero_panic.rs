struct Team {
    name: &'static str,
    points: u32,
    games: u32,
}

fn points_per_game(t: &Team) -> u32 {
    t.points / t.games
}

fn main() {
    let teams = vec![
        Team { name: "Rovers", points: 42, games: 14 },
        Team { name: "United", points: 30, games: 12 },
        Team { name: "Newcomers", points: 0, games: 0 },
    ];
    for t in &teams {
        println!("{} averages {} points per game", t.name, points_per_game(t));
    }
}
