mod money {
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub struct Cents(pub i64);

    impl Cents {
        pub fn dollars(&self) -> f64 {
            self.0 as f64 / 100.0
        }
    }
}

use money::Cents;

fn main() {
    let rent = Cents(120_000);
    let utilities = Cents(8_550);
    println!("rent is ${:.2}", rent.dollars());
    let monthly = rent + utilities;
    println!("monthly: ${:.2}", monthly.dollars());
}
