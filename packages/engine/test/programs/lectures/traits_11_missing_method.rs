// Exercise: make Dog and Cat implement Animal.
trait Animal {
    fn name(&self) -> String;
    fn sound(&self) -> String;
    fn speak(&self) -> String {
        format!("{} says {}", self.name(), self.sound())
    }
}

struct Dog;
struct Cat {
    lives: u8,
}

impl Animal for Dog {
    fn name(&self) -> String {
        "Dog".to_string()
    }
    fn sound(&self) -> String {
        "woof".to_string()
    }
}

impl Animal for Cat {
    fn name(&self) -> String {
        format!("Cat with {} lives", self.lives)
    }
}

fn main() {
    let zoo: Vec<Box<dyn Animal>> = vec![Box::new(Dog), Box::new(Cat { lives: 9 })];
    for a in &zoo {
        println!("{}", a.speak());
    }
}
