// Matrices as Vec<Vec<i32>>: transpose and multiply.
fn transpose(m: &[Vec<i32>]) -> Vec<Vec<i32>> {
    let rows = m.len();
    let cols = m[0].len();
    let mut t = vec![vec![0; rows]; cols];
    for i in 0..rows {
        for j in 0..cols {
            t[j][i] = m[i][j];
        }
    }
    t
}

fn multiply(a: &[Vec<i32>], b: &[Vec<i32>]) -> Vec<Vec<i32>> {
    let bt = transpose(b);
    a.iter()
        .map(|row| {
            bt.iter()
                .map(|col| row.iter().zip(col).map(|(x, y)| x * y).sum())
                .collect()
        })
        .collect()
}

fn print(name: &str, m: &[Vec<i32>]) {
    println!("{}:", name);
    for row in m {
        println!("  {:?}", row);
    }
}

fn main() {
    let a = vec![vec![1, 2, 3], vec![4, 5, 6]];
    let b = vec![vec![7, 8], vec![9, 10], vec![11, 12]];
    print("a", &a);
    print("a transposed", &transpose(&a));
    print("a * b", &multiply(&a, &b));

    // Identity check.
    let id = vec![vec![1, 0], vec![0, 1]];
    let ab = multiply(&a, &b);
    println!("ab * I == ab: {}", multiply(&ab, &id) == ab);
}
