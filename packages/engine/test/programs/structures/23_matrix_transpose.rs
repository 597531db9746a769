// Matrices as Vec<Vec<i32>>: transpose, rotate, row/column sums.
fn transpose(m: &Vec<Vec<i32>>) -> Vec<Vec<i32>> {
    if m.is_empty() {
        return Vec::new();
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

fn rotate_clockwise(m: &Vec<Vec<i32>>) -> Vec<Vec<i32>> {
    let mut t = transpose(m);
    for row in t.iter_mut() {
        row.reverse();
    }
    t
}

fn print(label: &str, m: &[Vec<i32>]) {
    println!("{}:", label);
    for row in m {
        let cells: Vec<String> = row.iter().map(|v| format!("{:>3}", v)).collect();
        println!("  [{}]", cells.join(""));
    }
}

fn transpose_in_place(m: &mut Vec<Vec<i32>>) {
    let n = m.len();
    for i in 0..n {
        for j in (i + 1)..n {
            let tmp = m[i][j];
            m[i][j] = m[j][i];
            m[j][i] = tmp;
        }
    }
}

fn main() {
    let m = vec![vec![1, 2, 3], vec![4, 5, 6]];
    print("m", &m);
    print("transpose", &transpose(&m));
    print("rotated", &rotate_clockwise(&m));
    let row_sums: Vec<i32> = m.iter().map(|r| r.iter().sum()).collect();
    let col_sums: Vec<i32> = (0..m[0].len()).map(|c| m.iter().map(|r| r[c]).sum()).collect();
    println!("row sums {:?}, col sums {:?}", row_sums, col_sums);

    let mut sq: Vec<Vec<i32>> = (0..3).map(|r| (0..3).map(|c| r * 3 + c).collect()).collect();
    print("square", &sq);
    transpose_in_place(&mut sq);
    print("square transposed in place", &sq);
    let diag: Vec<i32> = (0..3).map(|i| sq[i][i]).collect();
    println!("diagonal {:?}, trace {}", diag, diag.iter().sum::<i32>());
    println!("empty transpose: {:?}", transpose(&Vec::new()));
}
