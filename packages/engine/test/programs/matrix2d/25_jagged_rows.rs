// Pascal's triangle as a jagged Vec<Vec<u64>>.
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
    let t = pascal(7);
    for row in &t {
        let s: Vec<String> = row.iter().map(|x| x.to_string()).collect();
        println!("{}", s.join(" "));
    }
    let lens: Vec<usize> = t.iter().map(Vec::len).collect();
    println!("{:?}", lens);
}
