// Forgetting one of the required methods.
trait Vehicle {
    fn wheels(&self) -> u32;
    fn max_speed(&self) -> u32;
    fn describe(&self) -> String {
        format!("{} wheels, up to {} km/h", self.wheels(), self.max_speed())
    }
}

struct Bicycle;

impl Vehicle for Bicycle {
    fn wheels(&self) -> u32 {
        2
    }
}

fn main() {
    let b = Bicycle;
    println!("{}", b.describe());
}
