// Puzzle: two ways to "ignore" a vector.
fn main() {
    let data = vec![1, 2, 3];

    let _ = data;
    let _unused = data;

    println!("{:?}", data);
}
