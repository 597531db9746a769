// Check a tic-tac-toe board for a winner.
fn winner(b: &[[char; 3]; 3]) -> Option<char> {
    let lines = [
        [(0, 0), (0, 1), (0, 2)], [(1, 0), (1, 1), (1, 2)], [(2, 0), (2, 1), (2, 2)],
        [(0, 0), (1, 0), (2, 0)], [(0, 1), (1, 1), (2, 1)], [(0, 2), (1, 2), (2, 2)],
        [(0, 0), (1, 1), (2, 2)], [(0, 2), (1, 1), (2, 0)],
    ];
    for line in lines.iter() {
        let [a, b2, c] = *line;
        let first = b[a.0][a.1];
        if first != '.' && first == b[b2.0][b2.1] && first == b[c.0][c.1] {
            return Some(first);
        }
    }
    None
}

fn main() {
    let board = [['X', 'O', '.'], ['O', 'X', '.'], ['.', 'O', 'X']];
    for row in &board {
        let s: String = row.iter().collect();
        println!("{}", s);
    }
    match winner(&board) {
        Some(p) => println!("winner: {}", p),
        None => println!("no winner"),
    }
    let empty = [['.'; 3]; 3];
    println!("{:?}", winner(&empty));
}
