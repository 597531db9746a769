struct Letter {
    to: String,
}

impl Drop for Letter {
    fn drop(&mut self) {
        println!("letter to {} destroyed", self.to);
    }
}

fn deliver(l: Letter) {
    println!("delivering to {}", l.to);
}

fn main() {
    let a = Letter { to: String::from("Alice") };
    let b = Letter { to: String::from("Bob") };
    deliver(a);
    println!("back in main");
    let c = b;
    println!("c is for {}", c.to);
}
