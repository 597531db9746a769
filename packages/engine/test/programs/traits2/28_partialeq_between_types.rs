// PartialEq between two different types, and PartialOrd on floats.
#[derive(Debug)]
struct Grams(u32);
#[derive(Debug)]
struct Kilos(u32);

impl PartialEq<Kilos> for Grams {
    fn eq(&self, other: &Kilos) -> bool {
        self.0 == other.0 * 1000
    }
}

#[derive(Debug, PartialEq, PartialOrd)]
struct Temp(f64);

fn main() {
    println!("{}", Grams(2000) == Kilos(2));
    println!("{}", Grams(1500) == Kilos(1));
    println!("{}", Grams(1500) != Kilos(1));

    let mut temps = vec![Temp(21.5), Temp(-3.0), Temp(30.25)];
    // f64 is only PartialOrd, so use sort_by with partial_cmp.
    temps.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("{:?}", temps);
    println!("{:?}", Temp(f64::NAN).partial_cmp(&Temp(1.0)));
    println!("{}", Temp(1.0) < Temp(2.0));
}
