fn next_row(row: &[u64]) -> Vec<u64> {
    std::iter::once(1)
        .chain(row.windows(2).map(|w| w[0] + w[1]))
        .chain(std::iter::once(1))
        .collect()
}

fn main() {
    let mut row = vec![1u64];
    for _ in 0..7 {
        let line: Vec<String> = row.iter().map(|n| n.to_string()).collect();
        println!("{}", line.join(" "));
        row = next_row(&row);
    }
    println!("sum of row 7 = {}", row.iter().sum::<u64>());
}
