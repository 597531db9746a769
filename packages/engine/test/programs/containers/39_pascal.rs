fn pascal(n: usize) -> Vec<Vec<u64>> {
    let mut rows: Vec<Vec<u64>> = Vec::new();
    for i in 0..n {
        let mut row = vec![1u64; i + 1];
        for j in 1..i {
            row[j] = rows[i - 1][j - 1] + rows[i - 1][j];
        }
        rows.push(row);
    }
    rows
}

fn main() {
    let tri = pascal(7);
    let width = tri.last().unwrap().len() * 3;
    for row in &tri {
        let s: Vec<String> = row.iter().map(|x| x.to_string()).collect();
        let line = s.join("  ");
        println!("{:^width$}", line, width = width);
    }
    let sums: Vec<u64> = tri.iter().map(|r| r.iter().sum()).collect();
    println!("row sums: {:?}", sums);
}
