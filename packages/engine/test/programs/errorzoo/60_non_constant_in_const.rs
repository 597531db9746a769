// Quiz: a const needs a compile-time value.
fn main() {
    let width = 8;
    const HEIGHT: usize = 4;
    const AREA: usize = width * HEIGHT;
    let grid = vec![0u8; AREA];
    println!("cells: {}", grid.len());
}
