// Student mistake: derive PartialOrd but not Ord, then call sort() (E0277)
#[derive(Debug, PartialEq, PartialOrd)]
struct Score {
    points: u32,
    player: String,
}

fn main() {
    let mut scores = vec![
        Score { points: 30, player: String::from("ann") },
        Score { points: 10, player: String::from("bob") },
        Score { points: 20, player: String::from("cy") },
    ];
    println!("{}", scores[0] > scores[1]);
    scores.sort();
    for s in &scores {
        println!("{} {}", s.points, s.player);
    }
}
