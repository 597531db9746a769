mod m {
    pub struct P(u8);
    impl P {
        pub fn new(v: u8) -> P { P(v) }
        pub fn get(&self) -> u8 { self.0 }
    }
}

use m::P;

fn main() {
    println!("{}", P::new(7).get());
}
