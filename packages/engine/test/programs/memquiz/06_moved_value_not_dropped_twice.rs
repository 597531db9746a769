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
}

fn main() {
    let a = Letter { to: String::from("Alice") };
    let b = Letter { to: String::from("Bob") };
    deliver(a);
    println!("back in main");
    let _ = &b;
    println!("main ends");
}
