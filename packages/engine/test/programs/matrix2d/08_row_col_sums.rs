// Row sums and column sums of a score table.
fn main() {
    let scores = vec![
        vec![8, 7, 9, 10],
        vec![6, 6, 5, 7],
        vec![10, 9, 9, 8],
    ];
    let row_sums: Vec<i32> = scores.iter().map(|row| row.iter().sum()).collect();
    println!("row sums: {:?}", row_sums);

    let cols = scores[0].len();
    let col_sums: Vec<i32> = (0..cols)
        .map(|c| scores.iter().map(|row| row[c]).sum())
        .collect();
    println!("col sums: {:?}", col_sums);

    let total: i32 = row_sums.iter().sum();
    println!("total: {}", total);
    let best = row_sums
        .iter()
        .enumerate()
        .max_by_key(|&(_, s)| *s)
        .map(|(i, _)| i)
        .unwrap();
    println!("best student: {}", best);
}
