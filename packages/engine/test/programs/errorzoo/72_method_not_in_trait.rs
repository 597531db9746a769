// Quiz: an impl of a trait may only contain the trait's items.
trait Animal {
    fn sound(&self) -> String;
}

struct Dog {
    name: String,
}

impl Animal for Dog {
    fn sound(&self) -> String {
        String::from("woof")
    }

    fn fetch(&self) -> String {
        format!("{} fetches the ball", self.name)
    }
}

fn main() {
    let d = Dog { name: String::from("Rex") };
    println!("{} says {}", d.name, d.sound());
}
