// derive on a generic struct adds the bound for you:
// Inventory<T> is Clone/PartialEq/Default only when T is.
#[derive(Debug, Clone, PartialEq, Default)]
struct Inventory<T> {
    items: Vec<T>,
    capacity: usize,
}

impl<T: PartialEq> Inventory<T> {
    fn add(&mut self, item: T) -> Result<(), T> {
        if self.items.len() >= self.capacity || self.items.contains(&item) {
            Err(item)
        } else {
            self.items.push(item);
            Ok(())
        }
    }
}

fn main() {
    let mut pack: Inventory<&str> = Inventory { capacity: 3, ..Default::default() };
    for thing in ["rope", "torch", "rope", "map", "compass"] {
        match pack.add(thing) {
            Ok(()) => println!("packed {}", thing),
            Err(t) => println!("could not pack {}", t),
        }
    }

    let backup = pack.clone();
    println!("same as backup? {}", pack == backup);
    pack.items.pop();
    println!("after pop same? {}", pack == backup);

    let empty: Inventory<u8> = Inventory::default();
    println!("{:?}", empty);
}
