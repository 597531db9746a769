use std::fmt;

// A supertrait lets trait objects be printed with {}.
trait Animal: fmt::Display {
    fn sound(&self) -> &'static str;
    fn legs(&self) -> u32 {
        4
    }
}

struct Dog;
struct Bird {
    kind: String,
}

impl fmt::Display for Dog {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Dog")
    }
}

impl fmt::Display for Bird {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Bird({})", self.kind)
    }
}

impl Animal for Dog {
    fn sound(&self) -> &'static str {
        "woof"
    }
}

impl Animal for Bird {
    fn sound(&self) -> &'static str {
        "tweet"
    }
    fn legs(&self) -> u32 {
        2
    }
}

fn main() {
    let zoo: Vec<Box<dyn Animal>> = vec![Box::new(Dog), Box::new(Bird { kind: "robin".to_string() })];
    let mut legs = 0;
    for a in &zoo {
        println!("{} says {} on {} legs", a, a.sound(), a.legs());
        legs += a.legs();
    }
    println!("total legs: {}", legs);
}
