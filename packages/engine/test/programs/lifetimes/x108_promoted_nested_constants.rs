static UNITS: &[(&str, f64)] = &[("km", 1000.0), ("m", 1.0), ("cm", 0.01)];
const GRID: &[[u8; 2]] = &[[1, 2], [3, 4]];
fn pairs() -> &'static [(i32, i32)] { &[(1, 2), (5, 6)] }
fn main() {
    for (name, f) in UNITS { println!("{} {}", name, f); }
    println!("{:?} {:?}", GRID, pairs());
    let r: &'static (i32, (i32, i32)) = &(1, (2, 3));
    println!("{:?}", r);
}
