use std::fmt;

// Named requires Display, but Robot never implements it.
trait Named: fmt::Display {
    fn serial(&self) -> u32;
    fn tag(&self) -> String {
        format!("{}-{}", self, self.serial())
    }
}

#[derive(Debug)]
struct Robot {
    serial: u32,
    model: String,
}

impl Named for Robot {
    fn serial(&self) -> u32 {
        self.serial
    }
}

fn main() {
    let r = Robot { serial: 42, model: "R2".to_string() };
    println!("{:?}", r);
    println!("{}", r.model);
    println!("{}", r.tag());
}
