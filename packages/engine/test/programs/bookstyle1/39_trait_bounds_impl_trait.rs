// Trait bounds three ways: impl Trait, generic bound, and where clause.
use std::fmt::Display;

trait Describe {
    fn describe(&self) -> String;
}

struct Planet {
    name: String,
    moons: u32,
}

impl Describe for Planet {
    fn describe(&self) -> String {
        format!("{} with {} moons", self.name, self.moons)
    }
}

impl Describe for u32 {
    fn describe(&self) -> String {
        format!("the number {self}")
    }
}

fn announce(item: &impl Describe) {
    println!("Announcing {}", item.describe());
}

fn announce_both<T: Describe, U: Describe>(a: &T, b: &U) {
    println!("{} and {}", a.describe(), b.describe());
}

fn labelled<T, L>(item: &T, label: L) -> String
where
    T: Describe,
    L: Display,
{
    format!("[{label}] {}", item.describe())
}

fn make_planet(name: &str) -> impl Describe {
    Planet { name: name.to_string(), moons: 2 }
}

fn main() {
    let earth = Planet { name: String::from("Earth"), moons: 1 };
    announce(&earth);
    announce(&7u32);
    announce_both(&earth, &42u32);
    println!("{}", labelled(&earth, 3.5));
    let mars = make_planet("Mars");
    announce(&mars);
}
