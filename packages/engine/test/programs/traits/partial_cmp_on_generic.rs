use std::cmp::Ordering;
#[derive(Debug, PartialEq)]
struct Money(i32);
impl PartialOrd for Money {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        other.0.partial_cmp(&self.0)
    }
}
fn smaller<T: PartialOrd>(a: &T, b: &T) -> bool {
    a.partial_cmp(b) == Some(Ordering::Less)
}
fn largest<T: Ord + Copy>(xs: &[T]) -> T {
    let mut m = xs[0];
    for &x in xs { m = m.max(x); }
    m
}
fn sort_all<T: PartialOrd + std::fmt::Debug>(mut v: Vec<T>) -> Vec<T> {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v
}
fn main() {
    println!("{} {}", smaller(&1, &2), smaller(&Money(1), &Money(2)));
    println!("{}", largest(&[3, 9, 4]));
    println!("{:?}", sort_all(vec![Money(1), Money(3), Money(2)]));
    println!("{:?}", sort_all(vec![2.5, 1.0]));
}
