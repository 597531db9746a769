use std::iter::Sum;
#[derive(Debug, Clone, Copy)]
struct Money(i64);
impl Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money { iter.fold(Money(0), |a, b| Money(a.0 + b.0)) }
}
impl<'a> Sum<&'a Money> for Money {
    fn sum<I: Iterator<Item = &'a Money>>(iter: I) -> Money { iter.copied().sum() }
}
fn main() {
    let v = vec![Money(3), Money(4)];
    let t: Money = v.iter().sum();
    println!("{:?}", t);
}
