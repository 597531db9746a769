// Exercise: return both the minimum and the maximum, or None for an empty slice.
fn min_max<T: PartialOrd + Copy>(values: &[T]) -> Option<(T, T)> {
    if values.is_empty() {
        return None;
    }
    let mut lo = values[0];
    let mut hi = values[0];
    for &v in &values[1..] {
        if v < lo {
            lo = v;
        }
        if v > hi {
            hi = v;
        }
    }
    Some((lo, hi))
}

fn main() {
    let heights = [172, 165, 188, 159, 176];
    match min_max(&heights) {
        Some((lo, hi)) => println!("heights: {}..{} cm", lo, hi),
        None => println!("no data"),
    }

    let prices = vec![9.99, 4.5, 12.0];
    if let Some((cheap, dear)) = min_max(&prices) {
        println!("prices: {} to {}", cheap, dear);
    }

    let empty: [i8; 0] = [];
    println!("{:?}", min_max(&empty));
    println!("{:?}", min_max(&['k', 'b', 'x']));
}
