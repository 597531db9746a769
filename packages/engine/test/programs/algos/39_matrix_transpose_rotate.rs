fn transpose(m: &Vec<Vec<i64>>) -> Vec<Vec<i64>> {
    if m.is_empty() {
        return vec![];
    }
    let rows = m.len();
    let cols = m[0].len();
    let mut t = vec![vec![0; rows]; cols];
    for r in 0..rows {
        for c in 0..cols {
            t[c][r] = m[r][c];
        }
    }
    t
}

fn rotate_clockwise(m: &Vec<Vec<i64>>) -> Vec<Vec<i64>> {
    let mut t = transpose(m);
    for row in t.iter_mut() {
        row.reverse();
    }
    t
}

fn show(m: &Vec<Vec<i64>>) {
    for row in m {
        println!("  {:?}", row);
    }
}

fn main() {
    let grid = vec![vec![1, 2, 3], vec![4, 5, 6]];
    println!("grid:");
    show(&grid);
    println!("transposed:");
    show(&transpose(&grid));
    println!("rotated:");
    show(&rotate_clockwise(&grid));

    let square = vec![vec![1, 2, 3], vec![4, 5, 6], vec![7, 8, 9]];
    let trace: i64 = (0..3).map(|i| square[i][i]).sum();
    let anti: i64 = (0..3).map(|i| square[i][2 - i]).sum();
    println!("trace {} anti-trace {}", trace, anti);
    let mut r = square.clone();
    for _ in 0..4 {
        r = rotate_clockwise(&r);
    }
    println!("four rotations give back the original: {}", r == square);
}
