// A trait with a generic parameter implemented several times for one type
trait Convert<T> {
    fn convert(&self) -> T;
}

struct Meters(f64);

impl Convert<f64> for Meters {
    fn convert(&self) -> f64 {
        self.0
    }
}

impl Convert<String> for Meters {
    fn convert(&self) -> String {
        format!("{} m", self.0)
    }
}

impl Convert<i64> for Meters {
    fn convert(&self) -> i64 {
        self.0.round() as i64
    }
}

fn as_text<C: Convert<String>>(c: &C) -> String {
    c.convert()
}

fn main() {
    let m = Meters(12.6);
    let f: f64 = m.convert();
    let s: String = m.convert();
    let i: i64 = m.convert();
    println!("{} | {} | {}", f, s, i);
    println!("{}", as_text(&Meters(3.0)));
    let via_path = <Meters as Convert<i64>>::convert(&Meters(-2.5));
    println!("{}", via_path);
    let total: i64 = vec![Meters(1.4), Meters(1.6)]
        .iter()
        .map(|m| Convert::<i64>::convert(m))
        .sum();
    println!("total = {}", total);
}
