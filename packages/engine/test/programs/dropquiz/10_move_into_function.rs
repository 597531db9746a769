// Moving a value into a function: it is dropped when the callee returns.
struct Letter {
    to: String,
}

impl Drop for Letter {
    fn drop(&mut self) {
        println!("letter to {} destroyed", self.to);
    }
}

fn deliver(letter: Letter) {
    println!("delivering to {}", letter.to);
    println!("delivered");
}

fn inspect(letter: &Letter) {
    println!("inspecting letter to {}", letter.to);
}

fn main() {
    let a = Letter { to: String::from("Ada") };
    let b = Letter { to: String::from("Bob") };
    inspect(&a);
    deliver(a);
    println!("back in main");
    inspect(&b);
    println!("main ends");
}
