use std::ops::Index;

// Reading through Index works; writing needs IndexMut too.
struct Scoreboard {
    points: Vec<u32>,
}

impl Index<usize> for Scoreboard {
    type Output = u32;
    fn index(&self, team: usize) -> &u32 {
        &self.points[team]
    }
}

fn main() {
    let mut board = Scoreboard { points: vec![0, 0, 0] };
    println!("team 1 has {}", board[1]);
    board[1] = 3;
    println!("team 1 has {}", board[1]);
}
