// Puzzle: how long does a temporary in a match scrutinee live?
struct Lock {
    name: &'static str,
}

impl Lock {
    fn new(name: &'static str) -> Lock {
        println!("lock {}", name);
        Lock { name }
    }

    fn level(&self) -> u32 {
        2
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        println!("unlock {}", self.name);
    }
}

fn main() {
    match Lock::new("config").level() {
        2 => println!("level two, is config still locked?"),
        _ => println!("other level"),
    }
    println!("after match");

    let lvl = Lock::new("cache").level();
    println!("level {} after let", lvl);
}
