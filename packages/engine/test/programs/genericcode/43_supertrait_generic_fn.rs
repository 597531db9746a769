use std::fmt::{self, Display};

// A supertrait: every Entity must also be Display.
trait Entity: Display {
    fn id(&self) -> u32;
}

struct User {
    id: u32,
    name: String,
}

struct Order {
    id: u32,
    total_cents: u32,
}

impl Display for User {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "User({})", self.name)
    }
}
impl Display for Order {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Order({} cents)", self.total_cents)
    }
}

impl Entity for User {
    fn id(&self) -> u32 {
        self.id
    }
}
impl Entity for Order {
    fn id(&self) -> u32 {
        self.id
    }
}

fn show<E: Entity>(e: &E) -> String {
    format!("#{} {}", e.id(), e)
}

fn show_all(list: &[&dyn Entity]) {
    for e in list {
        println!("- #{} {}", e.id(), e);
    }
}

fn main() {
    let u = User { id: 1, name: "mia".to_string() };
    let o = Order { id: 77, total_cents: 1250 };
    println!("{}", show(&u));
    println!("{}", show(&o));
    show_all(&[&u, &o]);
}
