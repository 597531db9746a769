// Return a reference to the row with the largest sum.
fn best_row(g: &[Vec<i32>]) -> &Vec<i32> {
    let mut best = &g[0];
    for row in g {
        if row.iter().sum::<i32>() > best.iter().sum::<i32>() {
            best = row;
        }
    }
    best
}

fn main() {
    let g = vec![vec![3, 3, 3], vec![1, 9, 1], vec![5, 0, 2]];
    let b = best_row(&g);
    println!("best: {:?}", b);
    let max_cell = g.iter().flat_map(|r| r.iter()).max().unwrap();
    println!("max cell: {}", max_cell);
}
