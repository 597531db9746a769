// Two `&mut` into the same array through indexing: the compiler
// cannot tell the indices apart, so it rejects the second borrow.
fn main() {
    let mut board = [1, 2, 3, 4];
    let a = &mut board[0];
    let b = &mut board[3];
    std::mem::swap(a, b);
    println!("{:?}", board);
}
