fn main() {
    let mut grid = vec![vec![0; 4]; 3];
    for (r, row) in grid.iter_mut().enumerate() {
        for (c, cell) in row.iter_mut().enumerate() {
            *cell = r * 10 + c;
        }
    }
    for row in &grid {
        let line: Vec<String> = row.iter().map(|x| format!("{:>2}", x)).collect();
        println!("{}", line.join(" "));
    }
    let col_sums: Vec<usize> = (0..4).map(|c| grid.iter().map(|row| row[c]).sum()).collect();
    println!("column sums {:?}", col_sums);
    let diag: Vec<usize> = grid.iter().enumerate().filter_map(|(i, row)| row.get(i).copied()).collect();
    println!("diagonal {:?}", diag);
    let mut v = vec![1, 2, 3, 4, 5];
    v.iter_mut().filter(|x| **x % 2 == 1).for_each(|x| *x *= 100);
    println!("{:?}", v);
    let transposed: Vec<Vec<usize>> = (0..4).map(|c| grid.iter().map(|row| row[c]).collect()).collect();
    println!("{:?}", transposed);
    let mut names = vec![String::from("x"), String::from("y")];
    for n in names.iter_mut() {
        n.push('!');
    }
    let last = names.iter().last().unwrap();
    println!("{:?} last={}", names, last);
    let total: usize = grid.into_iter().flatten().sum();
    println!("total {}", total);
}
