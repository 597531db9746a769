// Quiz: `{}` needs Display, which structs do not get automatically.
#[derive(Debug)]
struct Fraction {
    num: i32,
    den: i32,
}

fn simplify(f: Fraction) -> Fraction {
    let mut a = f.num.abs();
    let mut b = f.den.abs();
    while b != 0 {
        let t = b;
        b = a % b;
        a = t;
    }
    Fraction { num: f.num / a, den: f.den / a }
}

fn main() {
    let f = simplify(Fraction { num: 6, den: 8 });
    println!("{}", f);
}
