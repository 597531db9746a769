// A newtype with a private field: the only way in is through `new`, which validates.
mod percent {
    #[derive(Debug, Clone, Copy)]
    pub struct Percent(u8);

    impl Percent {
        pub fn new(v: u8) -> Result<Percent, String> {
            if v <= 100 {
                Ok(Percent(v))
            } else {
                Err(format!("{} is not a valid percentage", v))
            }
        }

        pub fn value(&self) -> u8 {
            self.0
        }

        pub fn of(&self, amount: u32) -> u32 {
            amount * self.0 as u32 / 100
        }
    }
}

use percent::Percent;

fn main() {
    let inputs = [15u8, 100, 120];
    for v in inputs {
        match Percent::new(v) {
            Ok(p) => println!("{}% of 240 = {}", p.value(), p.of(240)),
            Err(e) => println!("error: {}", e),
        }
    }
}
