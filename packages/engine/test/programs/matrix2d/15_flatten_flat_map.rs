// Flatten a grid in three different ways.
fn main() {
    let grid = vec![vec![1, 2, 3], vec![4, 5], vec![6]];
    let a: Vec<i32> = grid.iter().flat_map(|row| row.iter().copied()).collect();
    let b: Vec<i32> = grid.concat();
    let c: Vec<i32> = grid.iter().flatten().cloned().collect();
    println!("{:?}", a);
    println!("{:?}", b);
    println!("{}", a == b && b == c);
    let words = vec![vec!["a", "b"], vec!["c"]];
    println!("{}", words.concat().join("-"));
}
