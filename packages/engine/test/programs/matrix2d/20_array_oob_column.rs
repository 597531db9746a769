// Column index out of range on a fixed-size array board.
fn cell(board: &[[u8; 4]; 4], r: usize, c: usize) -> u8 {
    board[r][c]
}

fn main() {
    let mut board = [[0u8; 4]; 4];
    board[3][3] = 9;
    println!("{}", cell(&board, 3, 3));
    let c = 2 + 2;
    println!("{}", cell(&board, 0, c));
}
