use std::iter::Sum;
use std::ops::{Deref, DerefMut, Add};
#[derive(Debug, Clone, Copy, PartialEq)]
struct Money(i64);
impl Add for Money { type Output = Money; fn add(self, o: Money) -> Money { Money(self.0 + o.0) } }
impl Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money { iter.fold(Money(0), |a, b| a + b) }
}
impl<'a> Sum<&'a Money> for Money {
    fn sum<I: Iterator<Item = &'a Money>>(iter: I) -> Money { iter.fold(Money(0), |a, b| a + *b) }
}
struct Stack { items: Vec<i32> }
impl Deref for Stack { type Target = Vec<i32>; fn deref(&self) -> &Vec<i32> { &self.items } }
impl DerefMut for Stack { fn deref_mut(&mut self) -> &mut Vec<i32> { &mut self.items } }
fn main() {
    let v = vec![Money(3), Money(4)];
    let t: Money = v.iter().sum();
    let u: Money = v.into_iter().sum();
    println!("{:?} {:?}", t, u);
    let mut s = Stack { items: vec![] };
    s.push(3); s.push(5);
    println!("{} {:?}", s.len(), *s);
    s[0] = 9;
    println!("{:?}", s.items);
}
