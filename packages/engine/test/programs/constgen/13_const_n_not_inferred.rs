// Nothing tells the compiler which size to pick.
struct Board<const N: usize> {
    tiles: [u8; N],
}

impl<const N: usize> Board<N> {
    fn empty() -> Self {
        Board { tiles: [0; N] }
    }

    fn size(&self) -> usize {
        N
    }
}

fn main() {
    let board = Board::empty();
    println!("board has {} tiles", board.size());
}
