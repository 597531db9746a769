use std::cell::Cell;

fn main() {
    let level = Cell::new(3u8);

    // replace returns the old value and stores the new one
    let old = level.replace(7);
    println!("old = {}, new = {}", old, level.get());

    // take leaves Default::default() behind
    let taken = level.take();
    println!("taken = {}, left = {}", taken, level.get());

    // swap exchanges the contents of two cells
    let left = Cell::new('L');
    let right = Cell::new('R');
    left.swap(&right);
    println!("left = {}, right = {}", left.get(), right.get());

    // Cell<Option<T>>::take works for non-Copy contents too
    let slot: Cell<Option<String>> = Cell::new(Some(String::from("ticket")));
    let first = slot.take();
    let second = slot.take();
    println!("first = {:?}, second = {:?}", first, second);
}
