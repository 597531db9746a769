// Quiz: a tuple is accessed with `.0`, not `[0]`.
fn min_max(values: &[i32]) -> (i32, i32) {
    let mut lo = values[0];
    let mut hi = values[0];
    for &v in values {
        if v < lo { lo = v; }
        if v > hi { hi = v; }
    }
    (lo, hi)
}

fn main() {
    let range = min_max(&[7, 2, 9, 4]);
    println!("min {}", range[0]);
    println!("max {}", range.1);
}
