// Quiz: in what order are these locals dropped?
struct Noisy {
    name: &'static str,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn main() {
    let first = Noisy { name: "first" };
    let second = Noisy { name: "second" };
    let third = Noisy { name: "third" };
    println!("created {}, {}, {}", first.name, second.name, third.name);
    println!("end of main");
}
