// Inline format arguments and Debug formatting in panic!.
fn check_grid(rows: usize, cols: usize) {
    let shape = (rows, cols);
    if rows != cols {
        panic!("grid must be square, got {shape:?} ({rows}x{cols})");
    }
    println!("grid {rows}x{cols} ok");
}

fn main() {
    check_grid(3, 3);
    check_grid(2, 5);
}
