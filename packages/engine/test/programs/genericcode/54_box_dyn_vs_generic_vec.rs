use std::mem::size_of;

// A generic Vec holds one type; a Vec of trait objects can mix types.
trait Animal {
    fn speak(&self) -> String;
}

struct Dog;
struct Cat {
    lives: u8,
}

impl Animal for Dog {
    fn speak(&self) -> String {
        "woof".to_string()
    }
}
impl Animal for Cat {
    fn speak(&self) -> String {
        format!("meow x{}", self.lives)
    }
}

fn chorus<A: Animal>(group: &[A]) -> String {
    group.iter().map(|a| a.speak()).collect::<Vec<_>>().join(" ")
}

fn mixed_chorus(group: &[Box<dyn Animal>]) -> String {
    group.iter().map(|a| a.speak()).collect::<Vec<_>>().join(" ")
}

fn main() {
    let dogs = [Dog, Dog, Dog];
    println!("{}", chorus(&dogs));
    let zoo: Vec<Box<dyn Animal>> = vec![Box::new(Dog), Box::new(Cat { lives: 9 }), Box::new(Dog)];
    println!("{}", mixed_chorus(&zoo));
    println!("Dog is {} bytes, Cat is {} bytes", size_of::<Dog>(), size_of::<Cat>());
    println!("Box<Dog> is {} bytes, Box<dyn Animal> is {} bytes", size_of::<Box<Dog>>(), size_of::<Box<dyn Animal>>());
}
