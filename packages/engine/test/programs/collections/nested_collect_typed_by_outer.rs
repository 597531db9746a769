fn main() {
    let rows: Vec<Vec<i64>> = "1 2\n3 4"
        .lines()
        .map(|l| l.split_whitespace().map(|n| n.parse().unwrap()).collect())
        .collect();
    println!("{:?}", rows);
}
