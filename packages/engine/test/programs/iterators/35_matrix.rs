fn main() {
    let matrix = vec![
        vec![2, 7, 6],
        vec![9, 5, 1],
        vec![4, 3, 8],
    ];

    let row_sums: Vec<i32> = matrix.iter().map(|row| row.iter().sum()).collect();
    println!("row sums: {:?}", row_sums);

    let col_sums: Vec<i32> = (0..3).map(|c| matrix.iter().map(|row| row[c]).sum()).collect();
    println!("col sums: {:?}", col_sums);

    let diag: i32 = (0..3).map(|i| matrix[i][i]).sum();
    let anti: i32 = (0..3).map(|i| matrix[i][2 - i]).sum();
    println!("diagonals: {} {}", diag, anti);

    let magic = row_sums.iter().chain(col_sums.iter()).all(|&s| s == diag) && anti == diag;
    println!("magic square: {}", magic);

    let transposed: Vec<Vec<i32>> = (0..3)
        .map(|c| matrix.iter().map(|row| row[c]).collect())
        .collect();
    for row in &transposed {
        println!("{:?}", row);
    }

    let max_cell = matrix.iter().flat_map(|r| r.iter()).max().unwrap();
    println!("largest cell: {}", max_cell);
}
