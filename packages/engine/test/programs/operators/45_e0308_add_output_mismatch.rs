use std::ops::Add;

#[derive(Debug, Clone, Copy)]
struct Meters(f64);

impl Add for Meters {
    type Output = Meters;
    fn add(self, o: Meters) -> Meters {
        Meters(self.0 + o.0)
    }
}

fn main() {
    let legs = [Meters(400.0), Meters(250.5), Meters(1200.0)];
    let mut total = Meters(0.0);
    for leg in legs {
        total = total + leg;
    }
    println!("total = {:?}", total);

    // The output of Meters + Meters is Meters, not a bare f64.
    let km: f64 = total + Meters(149.5);
    println!("km = {}", km / 1000.0);
}
