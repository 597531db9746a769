// unwrap() needs the error type to implement Debug.
enum QueenError {
    OffBoard,
}

struct Position {
    rank: u8,
    file: u8,
}

fn position(rank: u8, file: u8) -> Result<Position, QueenError> {
    if rank < 8 && file < 8 {
        Ok(Position { rank, file })
    } else {
        Err(QueenError::OffBoard)
    }
}

fn main() {
    let p = position(2, 4).unwrap();
    println!("queen on rank {} file {}", p.rank, p.file);
    if let Err(QueenError::OffBoard) = position(8, 0) {
        println!("off the board");
    }
}
