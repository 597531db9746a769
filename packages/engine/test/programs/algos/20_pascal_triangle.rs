fn pascal(rows: usize) -> Vec<Vec<u64>> {
    let mut triangle: Vec<Vec<u64>> = Vec::new();
    for r in 0..rows {
        let mut row = vec![1u64; r + 1];
        for c in 1..r {
            row[c] = triangle[r - 1][c - 1] + triangle[r - 1][c];
        }
        triangle.push(row);
    }
    triangle
}

fn main() {
    let t = pascal(10);
    let width = 40;
    for row in &t {
        let line = row
            .iter()
            .map(|n| n.to_string())
            .collect::<Vec<_>>()
            .join(" ");
        println!("{:^width$}", line, width = width);
    }
    let sums: Vec<u64> = t.iter().map(|row| row.iter().sum()).collect();
    println!("row sums: {:?}", sums);
    println!("C(9, 4) = {}", t[9][4]);
}
