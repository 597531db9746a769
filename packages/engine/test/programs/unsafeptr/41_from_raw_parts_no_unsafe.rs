use std::slice;

// Exercise: rebuilding a slice is an unsafe operation.
fn main() {
    let prices = vec![3, 5, 8];
    let view: &[i32] = slice::from_raw_parts(prices.as_ptr(), prices.len());
    println!("{:?}", view);
}
