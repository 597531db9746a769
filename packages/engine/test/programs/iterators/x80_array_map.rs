fn main() {
    let a = [1usize, 2, 3];
    let b = a.map(|i| i * 2);
    println!("{:?} {:?}", a, b);
    let names = ["ann", "bob"].map(|s| s.to_uppercase());
    println!("{:?}", names);
    let board = [Some('x'), None, Some('o')];
    let line = &[0usize, 2, 1];
    if let [Some(p), Some(q), None] = line.map(|i| board[i]) {
        println!("{} {}", p, q);
    }
    let lens: [usize; 2] = names.map(|s| s.len());
    println!("{:?}", lens);
}
