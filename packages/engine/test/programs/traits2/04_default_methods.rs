// Default methods built on top of one required method.
trait Greeter {
    fn name(&self) -> String;

    fn hello(&self) -> String {
        format!("Hello, {}!", self.name())
    }

    fn shout(&self) -> String {
        self.hello().to_uppercase()
    }
}

struct English;
struct Pirate {
    ship: String,
}

impl Greeter for English {
    fn name(&self) -> String {
        "friend".to_string()
    }
}

impl Greeter for Pirate {
    fn name(&self) -> String {
        format!("sailor of the {}", self.ship)
    }
    // Override one default, keep the other.
    fn hello(&self) -> String {
        format!("Ahoy, {}!", self.name())
    }
}

fn main() {
    let e = English;
    let p = Pirate { ship: "Pearl".to_string() };
    println!("{}", e.hello());
    println!("{}", e.shout());
    println!("{}", p.hello());
    println!("{}", p.shout());
}
