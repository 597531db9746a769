// Watching drop order with an impl Drop that prints.
struct Noisy {
    name: String,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

struct Pair {
    first: Noisy,
    second: Noisy,
}

fn make(name: &str) -> Noisy {
    Noisy { name: name.to_string() }
}

fn main() {
    let _a = make("a");
    let _b = make("b");
    {
        let _c = make("c (inner)");
        println!("end of inner block");
    }
    let pair = Pair { first: make("pair.first"), second: make("pair.second") };
    println!("pair built: {} and {}", pair.first.name, pair.second.name);
    let moved = make("moved");
    consume(moved);
    println!("end of main");
}

fn consume(n: Noisy) {
    println!("consume got {}", n.name);
}
