// Quiz: one trait impl defines the same method twice.
trait Greet {
    fn hello(&self) -> String;
}

struct Robot {
    serial: u32,
}

impl Greet for Robot {
    fn hello(&self) -> String {
        format!("unit {} online", self.serial)
    }

    fn hello(&self) -> String {
        String::from("beep")
    }
}

fn main() {
    let r = Robot { serial: 42 };
    println!("{}", r.hello());
}
