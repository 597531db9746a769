#[derive(Debug, PartialEq, PartialOrd)]
struct Score {
    points: u32,
    player: String,
}

fn main() {
    let mut board = vec![
        Score { points: 310, player: "kim".to_string() },
        Score { points: 120, player: "ola".to_string() },
        Score { points: 455, player: "raj".to_string() },
    ];
    board.sort();
    for s in &board {
        println!("{:>5} {}", s.points, s.player);
    }
}
