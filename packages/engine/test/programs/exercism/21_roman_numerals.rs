// Roman numerals via a Display impl on a newtype.
use std::fmt::{Display, Formatter, Result};

pub struct Roman(u32);

const TABLE: [(u32, &str); 13] = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"),
    (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
    (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
];

impl Display for Roman {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let mut n = self.0;
        for &(value, symbol) in TABLE.iter() {
            while n >= value {
                f.write_str(symbol)?;
                n -= value;
            }
        }
        Ok(())
    }
}

impl From<u32> for Roman {
    fn from(num: u32) -> Self {
        Roman(num)
    }
}

fn main() {
    for n in [1, 3, 4, 9, 27, 48, 59, 93, 141, 402, 575, 911, 1024, 1990, 3000, 3999] {
        println!("{:>4} = {}", n, Roman::from(n));
    }
    let year: Roman = 2024.into();
    println!("This year is {}", year);
}
