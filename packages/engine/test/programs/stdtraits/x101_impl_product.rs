use std::iter::Product;
use std::ops::Mul;
#[derive(Debug, Clone, Copy)]
struct Fraction { num: i64, den: i64 }
impl Mul for Fraction {
    type Output = Fraction;
    fn mul(self, o: Fraction) -> Fraction { Fraction { num: self.num * o.num, den: self.den * o.den } }
}
impl Product for Fraction {
    fn product<I: Iterator<Item = Fraction>>(iter: I) -> Fraction {
        iter.fold(Fraction { num: 1, den: 1 }, |acc, f| acc * f)
    }
}
fn main() {
    let fs = vec![Fraction { num: 1, den: 2 }, Fraction { num: 2, den: 3 }, Fraction { num: 3, den: 4 }];
    let p: Fraction = fs.iter().copied().product();
    println!("{}/{}", p.num, p.den);
    let q = fs.into_iter().product::<Fraction>();
    println!("{:?}", q);
}
