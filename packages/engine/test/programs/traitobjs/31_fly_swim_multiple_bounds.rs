trait Fly {
    fn fly(&self) -> String;
}

trait Swim {
    fn swim(&self) -> String;
}

struct Duck { name: String }
struct Penguin { name: String }

impl Fly for Duck {
    fn fly(&self) -> String { format!("{} flaps away", self.name) }
}
impl Swim for Duck {
    fn swim(&self) -> String { format!("{} paddles", self.name) }
}
impl Swim for Penguin {
    fn swim(&self) -> String { format!("{} torpedoes through the water", self.name) }
}

fn triathlon<T: Fly + Swim>(animal: &T) {
    println!("{} / {}", animal.swim(), animal.fly());
}

fn pool_party(swimmers: &[&dyn Swim]) {
    for s in swimmers {
        println!("pool: {}", s.swim());
    }
}

fn main() {
    let donald = Duck { name: "Donald".to_string() };
    let pingu = Penguin { name: "Pingu".to_string() };
    triathlon(&donald);
    pool_party(&[&donald, &pingu]);
}
