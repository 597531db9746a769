type Matrix = Vec<Vec<i64>>;

fn multiply(a: &Matrix, b: &Matrix) -> Option<Matrix> {
    let n = a.len();
    let m = b.len();
    if n == 0 || a[0].len() != m {
        return None;
    }
    let p = b[0].len();
    let mut c = vec![vec![0i64; p]; n];
    for i in 0..n {
        for j in 0..p {
            for k in 0..m {
                c[i][j] += a[i][k] * b[k][j];
            }
        }
    }
    Some(c)
}

fn print_matrix(name: &str, m: &Matrix) {
    println!("{}:", name);
    for row in m {
        let cells: Vec<String> = row.iter().map(|x| format!("{:5}", x)).collect();
        println!("[{} ]", cells.join(""));
    }
}

fn main() {
    let a = vec![vec![1, 2, 3], vec![4, 5, 6]];
    let b = vec![vec![7, 8], vec![9, 10], vec![11, 12]];
    print_matrix("A", &a);
    print_matrix("B", &b);
    match multiply(&a, &b) {
        Some(c) => print_matrix("A x B", &c),
        None => println!("dimension mismatch"),
    }
    match multiply(&a, &a) {
        Some(c) => print_matrix("A x A", &c),
        None => println!("A x A: dimension mismatch"),
    }

    // Fibonacci via matrix powers
    let mut f = vec![vec![1, 1], vec![1, 0]];
    let q = f.clone();
    for _ in 0..9 {
        f = multiply(&f, &q).unwrap();
    }
    print_matrix("Q^10", &f);
}
