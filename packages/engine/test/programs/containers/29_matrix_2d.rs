fn transpose(m: &Vec<Vec<i32>>) -> Vec<Vec<i32>> {
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

fn multiply(a: &Vec<Vec<i32>>, b: &Vec<Vec<i32>>) -> Vec<Vec<i32>> {
    let n = a.len();
    let m = b[0].len();
    let k = b.len();
    let mut c = vec![vec![0; m]; n];
    for i in 0..n {
        for j in 0..m {
            for x in 0..k {
                c[i][j] += a[i][x] * b[x][j];
            }
        }
    }
    c
}

fn print(m: &Vec<Vec<i32>>) {
    for row in m {
        let cells: Vec<String> = row.iter().map(|x| format!("{:3}", x)).collect();
        println!("{}", cells.join(""));
    }
}

fn main() {
    let a = vec![vec![1, 2, 3], vec![4, 5, 6]];
    let t = transpose(&a);
    print(&t);
    println!("---");
    print(&multiply(&a, &t));
}
