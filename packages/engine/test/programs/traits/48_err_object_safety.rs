// Student mistake: using a trait with a generic method as a trait object (E0038)
trait Storage {
    fn name(&self) -> String;
    fn save<T: std::fmt::Debug>(&self, value: T) -> String;
}

struct Disk;
struct Memory;

impl Storage for Disk {
    fn name(&self) -> String {
        "disk".to_string()
    }
    fn save<T: std::fmt::Debug>(&self, value: T) -> String {
        format!("wrote {:?} to disk", value)
    }
}

impl Storage for Memory {
    fn name(&self) -> String {
        "memory".to_string()
    }
    fn save<T: std::fmt::Debug>(&self, value: T) -> String {
        format!("kept {:?} in memory", value)
    }
}

fn main() {
    let backends: Vec<Box<dyn Storage>> = vec![Box::new(Disk), Box::new(Memory)];
    for b in &backends {
        println!("{}", b.name());
    }
}
