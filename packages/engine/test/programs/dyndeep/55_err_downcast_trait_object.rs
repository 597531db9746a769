trait Animal {
    fn name(&self) -> &str;
}

trait Pet: Animal {
    fn owner(&self) -> &str;
}

struct Dog { owner: String }

impl Animal for Dog {
    fn name(&self) -> &str { "dog" }
}
impl Pet for Dog {
    fn owner(&self) -> &str { &self.owner }
}

fn main() {
    let d = Dog { owner: String::from("Sam") };
    let a: &dyn Animal = &d;
    // Upcasting works one way only: Animal -> Pet is not a coercion.
    let p: &dyn Pet = a;
    println!("{} belongs to {}", p.name(), p.owner());
}
