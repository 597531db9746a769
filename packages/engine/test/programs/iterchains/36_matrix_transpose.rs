fn transpose(m: &[Vec<i32>]) -> Vec<Vec<i32>> {
    if m.is_empty() {
        return vec![];
    }
    (0..m[0].len())
        .map(|c| m.iter().map(|row| row[c]).collect())
        .collect()
}

fn main() {
    let m = vec![vec![1, 2, 3], vec![4, 5, 6]];
    let t = transpose(&m);
    for row in &t {
        println!("{:?}", row);
    }

    let row_sums: Vec<i32> = m.iter().map(|r| r.iter().sum()).collect();
    let col_sums: Vec<i32> = t.iter().map(|r| r.iter().sum()).collect();
    println!("row sums {:?}, col sums {:?}", row_sums, col_sums);

    let diag: Vec<i32> = m.iter().enumerate().filter_map(|(i, r)| r.get(i).copied()).collect();
    println!("diagonal {:?}", diag);
}
