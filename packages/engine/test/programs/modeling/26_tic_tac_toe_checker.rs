#[derive(Debug, Clone, Copy, PartialEq)]
enum Cell {
    Empty,
    X,
    O,
}

#[derive(Debug, PartialEq)]
enum Outcome {
    Win(Cell),
    Draw,
    InProgress,
}

const LINES: [[usize; 3]; 8] = [
    [0, 1, 2], [3, 4, 5], [6, 7, 8], // rows
    [0, 3, 6], [1, 4, 7], [2, 5, 8], // columns
    [0, 4, 8], [2, 4, 6],            // diagonals
];

fn parse(board: &str) -> [Cell; 9] {
    let mut cells = [Cell::Empty; 9];
    for (i, ch) in board.chars().filter(|c| !c.is_whitespace()).enumerate() {
        cells[i] = match ch {
            'X' => Cell::X,
            'O' => Cell::O,
            _ => Cell::Empty,
        };
    }
    cells
}

fn outcome(cells: &[Cell; 9]) -> Outcome {
    for line in LINES.iter() {
        let [a, b, c] = *line;
        if cells[a] != Cell::Empty && cells[a] == cells[b] && cells[b] == cells[c] {
            return Outcome::Win(cells[a]);
        }
    }
    if cells.iter().all(|&c| c != Cell::Empty) {
        Outcome::Draw
    } else {
        Outcome::InProgress
    }
}

fn main() {
    let boards = [
        "XXX OO. ...",
        "XOX XOO OXX",
        "O.X .OX ..O",
        "X.. .O. ..X",
        "XOX .X. OXO",
    ];
    for b in boards.iter() {
        let cells = parse(b);
        let xs = cells.iter().filter(|&&c| c == Cell::X).count();
        let os = cells.iter().filter(|&&c| c == Cell::O).count();
        let result = match outcome(&cells) {
            Outcome::Win(Cell::X) => "X wins".to_string(),
            Outcome::Win(Cell::O) => "O wins".to_string(),
            Outcome::Win(Cell::Empty) => unreachable!(),
            Outcome::Draw => "draw".to_string(),
            Outcome::InProgress => format!("in progress ({} moves left)", 9 - xs - os),
        };
        println!("{}  X:{} O:{}  {}", b, xs, os, result);
    }
}
