// Methods that only exist when T meets the bound on the impl block.
use std::fmt::Debug;

struct Inventory<T> {
    items: Vec<T>,
}

impl<T> Inventory<T> {
    fn new() -> Self {
        Inventory { items: Vec::new() }
    }
    fn add(&mut self, item: T) {
        self.items.push(item);
    }
}

impl<T: Debug> Inventory<T> {
    fn report(&self) {
        for (i, item) in self.items.iter().enumerate() {
            println!("  slot {}: {:?}", i, item);
        }
    }
}

impl<T: PartialEq> Inventory<T> {
    fn contains(&self, wanted: &T) -> bool {
        self.items.iter().any(|x| x == wanted)
    }
}

#[derive(Debug, PartialEq)]
enum Tool {
    Hammer,
    Wrench { size_mm: u8 },
}

fn main() {
    let mut shed = Inventory::new();
    shed.add(Tool::Hammer);
    shed.add(Tool::Wrench { size_mm: 10 });
    println!("shed:");
    shed.report();
    println!("has 10mm wrench? {}", shed.contains(&Tool::Wrench { size_mm: 10 }));
    println!("has 13mm wrench? {}", shed.contains(&Tool::Wrench { size_mm: 13 }));

    let mut pantry = Inventory::new();
    pantry.add("rice");
    pantry.add("beans");
    println!("pantry:");
    pantry.report();
}
