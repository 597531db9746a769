use std::cmp::Ordering;

// Hand-written ordering: sort by score descending, then by name.
#[derive(Debug, PartialEq, Eq)]
struct Player {
    name: String,
    score: u32,
}

impl Ord for Player {
    fn cmp(&self, other: &Self) -> Ordering {
        other.score.cmp(&self.score).then_with(|| self.name.cmp(&other.name))
    }
}

impl PartialOrd for Player {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn main() {
    let mut board = vec![
        Player { name: "zed".to_string(), score: 50 },
        Player { name: "amy".to_string(), score: 80 },
        Player { name: "bob".to_string(), score: 50 },
        Player { name: "cat".to_string(), score: 95 },
    ];
    board.sort();
    for (rank, p) in board.iter().enumerate() {
        println!("{}. {} ({})", rank + 1, p.name, p.score);
    }
    println!("amy < bob? {}", board[1] < board[2]);
}
