// Passing &dyn Trait: one compiled function works for every implementor.
trait Greeter {
    fn greet(&self, name: &str) -> String;
}

struct English;
struct French { formal: bool }

impl Greeter for English {
    fn greet(&self, name: &str) -> String { format!("Hello, {}!", name) }
}

impl Greeter for French {
    fn greet(&self, name: &str) -> String {
        if self.formal { format!("Bonjour, {}.", name) } else { format!("Salut {}!", name) }
    }
}

fn welcome(g: &dyn Greeter, guests: &[&str]) {
    for guest in guests {
        println!("{}", g.greet(guest));
    }
}

fn main() {
    let e = English;
    let f = French { formal: true };
    let casual = French { formal: false };
    let guests = ["Ana", "Ben"];
    welcome(&e, &guests);
    welcome(&f, &guests);
    welcome(&casual, &guests[..1]);
}
