// Walk diagonally using signed coordinates.
fn main() {
    let board = vec![vec![1, 2, 3], vec![4, 5, 6], vec![7, 8, 9]];
    let mut r: i32 = 0;
    let mut c: i32 = 0;
    let mut sum = 0;
    while r < 3 && c < 3 {
        sum += board[r][c];
        r += 1;
        c += 1;
    }
    println!("diagonal sum = {}", sum);
}
