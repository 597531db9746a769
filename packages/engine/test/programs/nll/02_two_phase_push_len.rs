// Two-phase borrows: `v.push(v.len())` reserves the &mut borrow,
// evaluates the argument with a shared borrow, then activates.
fn main() {
    let mut v: Vec<usize> = Vec::new();
    for _ in 0..4 {
        v.push(v.len());
    }
    println!("indices: {:?}", v);

    let mut names = vec![String::from("ann")];
    names.push(names[0].to_uppercase());
    names.push(format!("{}-{}", names[0], names.len()));
    println!("names: {:?}", names);

    let mut squares = vec![1u64];
    while squares.len() < 6 {
        squares.push(squares[squares.len() - 1] * 2);
    }
    println!("doubling: {:?}", squares);
}
