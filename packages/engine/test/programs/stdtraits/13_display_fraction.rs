use std::fmt;

struct Fraction {
    num: i64,
    den: i64,
}

fn gcd(a: i64, b: i64) -> i64 {
    if b == 0 { a.abs() } else { gcd(b, a % b) }
}

impl Fraction {
    fn new(num: i64, den: i64) -> Fraction {
        if den == 0 {
            panic!("denominator cannot be zero");
        }
        let g = gcd(num, den);
        let sign = if den < 0 { -1 } else { 1 };
        Fraction { num: sign * num / g, den: sign * den / g }
    }
}

impl fmt::Display for Fraction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.den == 1 {
            write!(f, "{}", self.num)
        } else {
            write!(f, "{}/{}", self.num, self.den)
        }
    }
}

fn main() {
    let examples = [(6, 8), (10, 5), (3, -9), (-4, -6), (0, 7), (17, 17)];
    for (n, d) in examples {
        let fr = Fraction::new(n, d);
        println!("{}/{} = {}", n, d, fr);
    }
    let text = format!("[{}]", Fraction::new(22, 7));
    println!("{} has {} chars", text, text.len());
}
