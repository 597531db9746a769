// Return both the smallest and the largest, or None for an empty slice.
fn min_max<T: PartialOrd + Clone>(items: &[T]) -> Option<(T, T)> {
    let mut iter = items.iter();
    let first = iter.next()?;
    let mut lo = first.clone();
    let mut hi = first.clone();
    for x in iter {
        if *x < lo {
            lo = x.clone();
        }
        if *x > hi {
            hi = x.clone();
        }
    }
    Some((lo, hi))
}

fn main() {
    println!("{:?}", min_max(&[4, -2, 9, 0]));
    println!("{:?}", min_max(&["kiwi".to_string(), "apple".to_string(), "zucchini".to_string()]));
    let none: Option<(f64, f64)> = min_max(&[]);
    println!("{:?}", none);
    if let Some((lo, hi)) = min_max(&[2.5, 1.25]) {
        println!("range = {}", hi - lo);
    }
}
