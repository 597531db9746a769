// Use windows to compare neighbouring rows of a height map.
fn main() {
    let heights = vec![
        vec![1, 2, 3],
        vec![2, 2, 5],
        vec![4, 1, 5],
        vec![4, 4, 4],
    ];
    for pair in heights.windows(2) {
        let diff: Vec<i32> = pair[0].iter().zip(&pair[1]).map(|(a, b)| b - a).collect();
        println!("{:?}", diff);
    }
    // horizontal steps within each row
    for row in &heights {
        let steps: Vec<i32> = row.windows(2).map(|w| w[1] - w[0]).collect();
        print!("{:?} ", steps);
    }
    println!();
}
