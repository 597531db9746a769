trait Speaker {
    fn speak(&self) -> String;
}

struct Cat;

impl Speaker for Cat {
    fn speak(&self) -> String { String::from("meow") }
}

// Old-style trait object syntax without `dyn`.
fn announce(s: &Speaker) {
    println!("it says {}", s.speak());
}

fn main() {
    announce(&Cat);
}
