use std::fmt;

#[derive(Clone, Copy, PartialEq, Debug)]
enum Player {
    X,
    O,
}

impl Player {
    fn other(self) -> Player {
        if self == Player::X { Player::O } else { Player::X }
    }
}

#[derive(Debug)]
enum MoveError {
    OutOfBounds(usize, usize),
    Occupied(usize, usize),
}

struct Board {
    grid: [[Option<Player>; 3]; 3],
    turn: Player,
}

impl Board {
    fn new() -> Self {
        Board { grid: [[None; 3]; 3], turn: Player::X }
    }

    fn play(&mut self, row: usize, col: usize) -> Result<(), MoveError> {
        let cell = self
            .grid
            .get_mut(row)
            .and_then(|r| r.get_mut(col))
            .ok_or(MoveError::OutOfBounds(row, col))?;
        if cell.is_some() {
            return Err(MoveError::Occupied(row, col));
        }
        *cell = Some(self.turn);
        self.turn = self.turn.other();
        Ok(())
    }
}

impl fmt::Display for Board {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for (i, row) in self.grid.iter().enumerate() {
            let cells: Vec<&str> = row
                .iter()
                .map(|c| match c {
                    Some(Player::X) => "X",
                    Some(Player::O) => "O",
                    None => " ",
                })
                .collect();
            writeln!(f, " {} ", cells.join(" | "))?;
            if i < 2 {
                writeln!(f, "---+---+---")?;
            }
        }
        Ok(())
    }
}

fn main() {
    let mut board = Board::new();
    let moves = [(1, 1), (0, 0), (1, 1), (2, 2), (0, 3), (0, 2), (2, 0), (1, 0)];
    for (r, c) in moves {
        let who = board.turn;
        match board.play(r, c) {
            Ok(()) => println!("{:?} plays ({}, {})", who, r, c),
            Err(e) => println!("{:?} tried ({}, {}): {:?}", who, r, c, e),
        }
    }
    print!("{}", board);
    println!("next to move: {:?}", board.turn);
}
