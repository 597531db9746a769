// Small generic helpers that work on anything.
fn swap_values<T>(a: &mut T, b: &mut T) {
    std::mem::swap(a, b);
}

fn min_max<T: PartialOrd + Copy>(items: &[T]) -> Option<(T, T)> {
    let mut iter = items.iter();
    let first = *iter.next()?;
    let mut lo = first;
    let mut hi = first;
    for &x in iter {
        if x < lo {
            lo = x;
        }
        if x > hi {
            hi = x;
        }
    }
    Some((lo, hi))
}

fn main() {
    let mut left = String::from("left");
    let mut right = String::from("right");
    swap_values(&mut left, &mut right);
    println!("left = {}, right = {}", left, right);

    let mut a = [1, 2];
    let mut b = [9, 8];
    swap_values(&mut a, &mut b);
    println!("a = {:?}, b = {:?}", a, b);

    println!("{:?}", min_max(&[4, -2, 17, 3]));
    println!("{:?}", min_max(&[0.5, 0.25]));
    println!("{:?}", min_max::<u8>(&[]));
}
