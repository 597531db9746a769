// chunks_exact leaves the leftover elements in remainder().
fn main() {
    let data = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5];
    let iter = data.chunks_exact(3);
    let rest = iter.remainder();
    let sums: Vec<i32> = iter.map(|row| row.iter().sum()).collect();
    println!("row sums: {:?}", sums);
    println!("leftover: {:?}", rest);

    let mut board = [0u8; 9];
    for (r, row) in board.chunks_exact_mut(3).enumerate() {
        for (c, cell) in row.iter_mut().enumerate() {
            *cell = (r * 3 + c) as u8;
        }
    }
    println!("{:?}", board);
}
