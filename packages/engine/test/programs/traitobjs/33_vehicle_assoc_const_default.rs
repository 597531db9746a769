trait Vehicle {
    const WHEELS: u32;
    const MAX_SPEED_KMH: u32 = 120;

    fn model(&self) -> String;

    fn describe(&self) -> String {
        format!("{} has {} wheels, top speed {} km/h", self.model(), Self::WHEELS, Self::MAX_SPEED_KMH)
    }
}

struct Bicycle;
struct Car { make: String }
struct Truck { tons: u32 }

impl Vehicle for Bicycle {
    const WHEELS: u32 = 2;
    const MAX_SPEED_KMH: u32 = 40;
    fn model(&self) -> String { "Bicycle".to_string() }
}

impl Vehicle for Car {
    const WHEELS: u32 = 4;
    fn model(&self) -> String { self.make.clone() }
}

impl Vehicle for Truck {
    const WHEELS: u32 = 18;
    const MAX_SPEED_KMH: u32 = 90;
    fn model(&self) -> String { format!("{}-ton truck", self.tons) }
}

fn total_wheels<A: Vehicle, B: Vehicle>(_a: &A, _b: &B) -> u32 {
    A::WHEELS + B::WHEELS
}

fn main() {
    let b = Bicycle;
    let c = Car { make: "Volvo".to_string() };
    let t = Truck { tons: 40 };
    println!("{}", b.describe());
    println!("{}", c.describe());
    println!("{}", t.describe());
    println!("bike + truck wheels = {}", total_wheels(&b, &t));
    println!("car const = {}", Car::WHEELS);
}
