mod animals {
    pub trait Speak {
        fn name(&self) -> String;
        fn speak(&self) -> String { format!("{} makes a sound", self.name()) }
    }
    pub struct Dog;
    pub struct Cat { pub lives: u8 }
    impl Speak for Dog {
        fn name(&self) -> String { "Dog".into() }
        fn speak(&self) -> String { "Woof".to_string() }
    }
    impl Speak for Cat {
        fn name(&self) -> String { format!("Cat with {} lives", self.lives) }
    }
}
use animals::*;
fn chorus(xs: &[&dyn Speak]) {
    for x in xs { println!("{}", x.speak()); }
}
fn main() {
    let d = Dog;
    let c = Cat { lives: 9 };
    println!("{}", d.speak());
    chorus(&[&d, &c]);
}
