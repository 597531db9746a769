// A fraction type with arithmetic helpers, but no Display impl.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Fraction {
    num: i64,
    den: i64,
}

fn gcd(a: i64, b: i64) -> i64 {
    if b == 0 { a.abs() } else { gcd(b, a % b) }
}

impl Fraction {
    fn new(num: i64, den: i64) -> Self {
        let g = gcd(num, den);
        Fraction { num: num / g, den: den / g }
    }

    fn add(self, o: Fraction) -> Fraction {
        Fraction::new(self.num * o.den + o.num * self.den, self.den * o.den)
    }
}

fn main() {
    let a = Fraction::new(1, 3);
    let b = Fraction::new(1, 6);
    let c = a.add(b);
    println!("{:?}", c);
    println!("1/3 + 1/6 = {}", c);
}
