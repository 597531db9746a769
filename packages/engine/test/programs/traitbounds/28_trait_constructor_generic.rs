trait Animal {
    fn new(name: &str) -> Self;
    fn name(&self) -> String;
    fn noise(&self) -> String;

    fn talk(&self) {
        println!("{} says {}", self.name(), self.noise());
    }
}

struct Sheep {
    naked: bool,
    name: String,
}

impl Sheep {
    fn shear(&mut self) {
        if self.naked {
            println!("{} is already naked...", self.name);
        } else {
            println!("{} gets a haircut!", self.name);
            self.naked = true;
        }
    }
}

impl Animal for Sheep {
    fn new(name: &str) -> Sheep {
        Sheep { name: name.to_string(), naked: false }
    }
    fn name(&self) -> String {
        self.name.clone()
    }
    fn noise(&self) -> String {
        if self.naked { "baaaaah?".to_string() } else { "baaaaah!".to_string() }
    }
    fn talk(&self) {
        println!("{} pauses briefly... {}", self.name, self.noise());
    }
}

struct Goat {
    name: String,
}

impl Animal for Goat {
    fn new(name: &str) -> Goat {
        Goat { name: name.to_uppercase() }
    }
    fn name(&self) -> String {
        self.name.clone()
    }
    fn noise(&self) -> String {
        "meh".to_string()
    }
}

fn herd<A: Animal>(names: &[&str]) -> Vec<A> {
    names.iter().map(|n| A::new(n)).collect()
}

fn main() {
    let mut dolly: Sheep = Animal::new("Dolly");
    dolly.talk();
    dolly.shear();
    dolly.talk();
    dolly.shear();

    let goats: Vec<Goat> = herd(&["billy", "nanny"]);
    for g in &goats {
        g.talk();
    }
}
