// Place a marker on the board.
fn main() {
    let board = [['.'; 3]; 3];
    board[1][1] = 'X';
    for row in board.iter() {
        println!("{}", row.iter().collect::<String>());
    }
}
