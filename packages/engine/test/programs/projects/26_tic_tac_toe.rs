use std::fmt;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Player {
    X,
    O,
}

impl Player {
    fn other(self) -> Player {
        match self {
            Player::X => Player::O,
            Player::O => Player::X,
        }
    }
}

#[derive(Debug, PartialEq)]
enum Outcome {
    InProgress,
    Win(Player),
    Draw,
}

#[derive(Debug)]
enum MoveError {
    OutOfBounds(usize),
    Occupied(usize),
    GameOver,
}

struct Game {
    board: [Option<Player>; 9],
    turn: Player,
    moves: u32,
}

const LINES: [[usize; 3]; 8] = [
    [0, 1, 2], [3, 4, 5], [6, 7, 8],
    [0, 3, 6], [1, 4, 7], [2, 5, 8],
    [0, 4, 8], [2, 4, 6],
];

impl Game {
    fn new() -> Game {
        Game { board: [None; 9], turn: Player::X, moves: 0 }
    }

    fn outcome(&self) -> Outcome {
        for line in LINES.iter() {
            if let [Some(a), Some(b), Some(c)] = line.map(|i| self.board[i]) {
                if a == b && b == c {
                    return Outcome::Win(a);
                }
            }
        }
        if self.board.iter().all(|c| c.is_some()) {
            Outcome::Draw
        } else {
            Outcome::InProgress
        }
    }

    fn play(&mut self, cell: usize) -> Result<Outcome, MoveError> {
        if self.outcome() != Outcome::InProgress {
            return Err(MoveError::GameOver);
        }
        let slot = self.board.get_mut(cell).ok_or(MoveError::OutOfBounds(cell))?;
        if slot.is_some() {
            return Err(MoveError::Occupied(cell));
        }
        *slot = Some(self.turn);
        self.turn = self.turn.other();
        self.moves += 1;
        Ok(self.outcome())
    }
}

impl fmt::Display for Game {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for row in 0..3 {
            let cells: Vec<String> = (0..3)
                .map(|col| match self.board[row * 3 + col] {
                    Some(p) => format!("{:?}", p),
                    None => (row * 3 + col).to_string(),
                })
                .collect();
            writeln!(f, " {} ", cells.join(" | "))?;
            if row < 2 {
                writeln!(f, "---+---+---")?;
            }
        }
        Ok(())
    }
}

fn replay(title: &str, moves: &[usize]) {
    println!("== {} ==", title);
    let mut g = Game::new();
    for &m in moves {
        let who = g.turn;
        match g.play(m) {
            Ok(Outcome::InProgress) => {}
            Ok(result) => println!("{:?} plays {} -> {:?}", who, m, result),
            Err(e) => println!("{:?} tried {} -> {:?}", who, m, e),
        }
    }
    print!("{}", g);
    println!("after {} moves: {:?}\n", g.moves, g.outcome());
}

fn main() {
    replay("diagonal win", &[4, 1, 0, 2, 8, 5]);
    replay("draw", &[0, 4, 8, 2, 6, 3, 5, 7, 1]);
    replay("mistakes", &[4, 4, 9, 0, 1, 2, 7, 3]);
}
