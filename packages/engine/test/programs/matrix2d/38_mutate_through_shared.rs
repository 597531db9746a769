// Reset the board between games.
fn reset(board: &Vec<Vec<char>>) {
    for r in 0..board.len() {
        for c in 0..board[r].len() {
            board[r][c] = '.';
        }
    }
}

fn main() {
    let mut board = vec![vec!['X', 'O'], vec!['O', 'X']];
    board[0][0] = 'O';
    reset(&board);
    println!("{:?}", board);
}
