// Gravity for a connect-four column: drop pieces to the bottom.
const ROWS: usize = 5;
const COLS: usize = 4;

fn apply_gravity(board: &mut [[char; COLS]; ROWS]) {
    for c in 0..COLS {
        let pieces: Vec<char> = board.iter().map(|row| row[c]).filter(|&p| p != '.').collect();
        let empty = ROWS - pieces.len();
        for (r, row) in board.iter_mut().enumerate() {
            row[c] = if r < empty { '.' } else { pieces[r - empty] };
        }
    }
}

fn main() {
    let mut board = [['.'; COLS]; ROWS];
    board[0][0] = 'R';
    board[1][2] = 'Y';
    board[2][0] = 'Y';
    board[0][3] = 'R';
    apply_gravity(&mut board);
    for row in &board {
        println!("{}", row.iter().collect::<String>());
    }
    let filled = board.iter().flatten().filter(|&&p| p != '.').count();
    println!("{} pieces", filled);
}
