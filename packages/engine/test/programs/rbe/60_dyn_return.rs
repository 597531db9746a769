// Returning trait objects with Box<dyn Trait>.
struct Sheep {
    naked: bool,
}
struct Cow {
    spots: u8,
}

trait Animal {
    fn name(&self) -> String;
    fn noise(&self) -> &'static str;
    fn talk(&self) {
        println!("{} says {}", self.name(), self.noise());
    }
}

impl Animal for Sheep {
    fn name(&self) -> String {
        if self.naked { "Shorn sheep".to_string() } else { "Dolly".to_string() }
    }
    fn noise(&self) -> &'static str {
        "baaaaah!"
    }
}

impl Animal for Cow {
    fn name(&self) -> String {
        format!("Cow with {} spots", self.spots)
    }
    fn noise(&self) -> &'static str {
        "moooo!"
    }
    fn talk(&self) {
        println!("{} says {} loudly", self.name(), self.noise());
    }
}

fn pick_animal(number: f64) -> Box<dyn Animal> {
    if number < 0.5 {
        Box::new(Sheep { naked: false })
    } else {
        Box::new(Cow { spots: 7 })
    }
}

fn main() {
    let animal = pick_animal(0.234);
    println!("You've picked a random animal, and it says {}", animal.noise());

    let farm: Vec<Box<dyn Animal>> = vec![pick_animal(0.9), Box::new(Sheep { naked: true }), pick_animal(0.1)];
    for a in farm.iter() {
        a.talk();
    }
    let loud: Vec<String> = farm.iter().map(|a| a.name()).collect();
    println!("{}", loud.join(", "));
}
