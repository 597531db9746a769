// Determinant by cofactor expansion along the first row.
fn minor(m: &[Vec<i64>], col: usize) -> Vec<Vec<i64>> {
    m[1..]
        .iter()
        .map(|row| {
            row.iter()
                .enumerate()
                .filter(|&(j, _)| j != col)
                .map(|(_, &v)| v)
                .collect()
        })
        .collect()
}

fn det(m: &[Vec<i64>]) -> i64 {
    match m.len() {
        1 => m[0][0],
        2 => m[0][0] * m[1][1] - m[0][1] * m[1][0],
        _ => (0..m.len())
            .map(|j| {
                let sign = if j % 2 == 0 { 1 } else { -1 };
                sign * m[0][j] * det(&minor(m, j))
            })
            .sum(),
    }
}

fn main() {
    let a = vec![vec![2, 0, 1], vec![1, 3, 2], vec![1, 1, 1]];
    println!("det = {}", det(&a));
    let b = vec![
        vec![1, 2, 3, 4],
        vec![0, 1, 0, 2],
        vec![3, 0, 1, 1],
        vec![2, 2, 0, 1],
    ];
    println!("det = {}", det(&b));
}
