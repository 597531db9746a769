// The newtype pattern lets us implement Display for a Vec we don't own.
use std::fmt;
use std::ops::Deref;

struct Wrapper(Vec<String>);

impl fmt::Display for Wrapper {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "[{}]", self.0.join(", "))
    }
}

impl Deref for Wrapper {
    type Target = Vec<String>;
    fn deref(&self) -> &Vec<String> {
        &self.0
    }
}

// Newtypes also keep units apart.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Kilograms(f64);
#[derive(Debug, Clone, Copy)]
struct Pounds(f64);

impl From<Pounds> for Kilograms {
    fn from(p: Pounds) -> Kilograms {
        Kilograms(p.0 * 0.45)
    }
}

fn max_load() -> Kilograms {
    Kilograms(20.0)
}

fn main() {
    let w = Wrapper(vec![String::from("hello"), String::from("world")]);
    println!("w = {}", w);
    println!("w has {} items (via Deref)", w.len());

    let luggage = Kilograms::from(Pounds(50.0));
    println!("{:?} is over the limit: {}", luggage, luggage > max_load());
}
