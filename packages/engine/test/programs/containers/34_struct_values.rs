use std::collections::HashMap;

#[derive(Debug, Default)]
struct Stats {
    games: u32,
    wins: u32,
    points: u32,
}

fn main() {
    let results = [
        ("Lions", 3, true),
        ("Tigers", 1, false),
        ("Lions", 2, false),
        ("Bears", 4, true),
        ("Tigers", 5, true),
        ("Lions", 1, true),
    ];

    let mut table: HashMap<&str, Stats> = HashMap::new();
    for (team, pts, won) in results {
        let s = table.entry(team).or_default();
        s.games += 1;
        s.points += pts;
        if won {
            s.wins += 1;
        }
    }

    let mut rows: Vec<(&&str, &Stats)> = table.iter().collect();
    rows.sort_by(|a, b| b.1.wins.cmp(&a.1.wins).then(a.0.cmp(b.0)));
    for (team, s) in rows {
        println!("{:<7} G{} W{} P{}", team, s.games, s.wins, s.points);
    }
}
