struct Tile(u8);

impl Drop for Tile {
    fn drop(&mut self) {
        println!("tile {} dropped", self.0);
    }
}

fn main() {
    let mut board = vec![Tile(1), Tile(2), Tile(3)];
    println!("resetting board");
    board = vec![Tile(9)];
    println!("board has {} tile(s)", board.len());
    board.push(Tile(10));
    println!("end of main");
}
