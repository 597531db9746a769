// Trait upcasting: &dyn Sub coerces to &dyn Super (stable since 1.86).
trait Vehicle {
    fn wheels(&self) -> u32;
}

trait Car: Vehicle {
    fn brand(&self) -> &str;
}

struct Sedan { brand: String }

impl Vehicle for Sedan {
    fn wheels(&self) -> u32 { 4 }
}

impl Car for Sedan {
    fn brand(&self) -> &str { &self.brand }
}

fn count_wheels(vs: &[&dyn Vehicle]) -> u32 {
    vs.iter().map(|v| v.wheels()).sum()
}

fn main() {
    let a = Sedan { brand: String::from("Volvo") };
    let b = Sedan { brand: String::from("Fiat") };
    let car_a: &dyn Car = &a;
    let car_b: &dyn Car = &b;
    println!("{} and {}", car_a.brand(), car_b.brand());
    let va: &dyn Vehicle = car_a;
    let vb: &dyn Vehicle = car_b;
    println!("total wheels = {}", count_wheels(&[va, vb]));
}
