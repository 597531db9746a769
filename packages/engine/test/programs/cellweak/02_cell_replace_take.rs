use std::cell::Cell;

fn main() {
    let level = Cell::new(3u8);

    // replace returns the old value
    let old = level.replace(7);
    println!("old = {}, now = {}", old, level.get());

    // take leaves Default::default() behind
    let taken = level.take();
    println!("taken = {}, left = {}", taken, level.get());

    // Cell works with any Copy type
    let point = Cell::new((1, 2));
    let (x, y) = point.get();
    point.set((x * 10, y * 10));
    println!("point = {:?}", point.get());

    // into_inner consumes the cell
    let last = point.into_inner();
    println!("last = {:?}", last);
}
