// Swap rows for a simple pivot step.
fn main() {
    let mut m: Vec<Vec<f64>> = vec![
        vec![0.0, 2.0, 1.0],
        vec![3.0, 1.0, 0.0],
        vec![1.0, 1.0, 1.0],
    ];
    // find the row with the largest first entry and move it to the top
    let mut best = 0;
    for r in 1..m.len() {
        if m[r][0].abs() > m[best][0].abs() {
            best = r;
        }
    }
    m.swap(0, best);
    for row in &m {
        println!("{:?}", row);
    }
    let mut arr = [[1, 1], [2, 2], [3, 3]];
    arr.swap(0, 2);
    println!("{:?}", arr);
}
