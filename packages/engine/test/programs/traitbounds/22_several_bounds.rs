use std::fmt::Display;

fn clamp_and_report<T: Display + PartialOrd + Copy>(value: T, lo: T, hi: T) -> T {
    let result = if value < lo {
        lo
    } else if value > hi {
        hi
    } else {
        value
    };
    println!("clamp({}, {}..={}) = {}", value, lo, hi, result);
    result
}

fn min_max<T: PartialOrd + Copy + Display>(items: &[T]) -> Option<(T, T)> {
    let first = *items.first()?;
    let mut lo = first;
    let mut hi = first;
    for &x in &items[1..] {
        if x < lo { lo = x; }
        if x > hi { hi = x; }
    }
    Some((lo, hi))
}

fn main() {
    clamp_and_report(15, 0, 10);
    clamp_and_report(-2.5, -1.0, 1.0);
    clamp_and_report('m', 'a', 'z');

    let temps = [14.2, 9.8, 21.5, 17.0];
    if let Some((lo, hi)) = min_max(&temps) {
        println!("range {} to {}", lo, hi);
    }
    let none: [u8; 0] = [];
    println!("{:?}", min_max(&none));
    let scores = [88u32, 92, 71];
    let (lo, hi) = min_max(&scores).unwrap();
    println!("spread = {}", hi - lo);
}
