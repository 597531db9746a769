// Queen attack: positions validated through Option, attacks by row/column/diagonal.
#[derive(Debug)]
pub struct ChessPosition {
    rank: i32,
    file: i32,
}

#[derive(Debug)]
pub struct Queen {
    position: ChessPosition,
}

impl ChessPosition {
    pub fn new(rank: i32, file: i32) -> Option<Self> {
        if (0..8).contains(&rank) && (0..8).contains(&file) {
            Some(ChessPosition { rank, file })
        } else {
            None
        }
    }
}

impl Queen {
    pub fn new(position: ChessPosition) -> Self {
        Queen { position }
    }

    pub fn can_attack(&self, other: &Queen) -> bool {
        let dr = (self.position.rank - other.position.rank).abs();
        let df = (self.position.file - other.position.file).abs();
        dr == 0 || df == 0 || dr == df
    }
}

fn main() {
    println!("{:?}", ChessPosition::new(2, 2));
    println!("{:?}", ChessPosition::new(8, 4));
    println!("{:?}", ChessPosition::new(-1, 2));

    let white = Queen::new(ChessPosition::new(2, 3).unwrap());
    let others = [(4, 6), (2, 6), (5, 3), (0, 1), (5, 0), (1, 7)];
    for (r, f) in others {
        let black = Queen::new(ChessPosition::new(r, f).unwrap());
        println!("white {:?} vs black at ({}, {}): {}", white.position, r, f, white.can_attack(&black));
    }
}
