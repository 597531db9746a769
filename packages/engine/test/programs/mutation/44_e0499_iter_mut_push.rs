fn main() {
    let mut cells = vec![1, 2, 3];
    for c in cells.iter_mut() {
        *c *= 2;
        if *c == 4 {
            cells.push(0);
        }
    }
    println!("{:?}", cells);
}
