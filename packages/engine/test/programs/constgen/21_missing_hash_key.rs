use std::collections::HashMap;

// Mistake: Cell is used as a map key but does not derive Hash.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Cell {
    row: u8,
    col: u8,
}

fn main() {
    let mut board: HashMap<Cell, char> = HashMap::new();
    board.insert(Cell { row: 0, col: 0 }, 'X');
    board.insert(Cell { row: 1, col: 1 }, 'O');
    println!("{} marks placed", board.len());
}
