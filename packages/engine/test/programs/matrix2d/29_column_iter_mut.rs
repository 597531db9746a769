// Zero out one column by iterating rows mutably.
fn clear_column(g: &mut [Vec<i32>], col: usize) {
    for row in g.iter_mut() {
        if let Some(cell) = row.get_mut(col) {
            *cell = 0;
        }
    }
}

fn main() {
    let mut g = vec![vec![1, 2, 3], vec![4, 5], vec![7, 8, 9]];
    clear_column(&mut g, 2);
    println!("{:?}", g);
    clear_column(&mut g[1..], 0);
    println!("{:?}", g);
}
