mod money {
    use std::fmt;

    pub struct Price {
        cents: i64,
        currency: &'static str,
    }

    impl Price {
        pub fn new(cents: i64, currency: &'static str) -> Price {
            Price { cents, currency }
        }

        pub fn add(&self, other: &Price) -> Price {
            Price::new(self.cents + other.cents, self.currency)
        }
    }

    impl fmt::Display for Price {
        fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
            let sign = if self.cents < 0 { "-" } else { "" };
            let abs = self.cents.abs();
            write!(f, "{}{}.{:02} {}", sign, abs / 100, abs % 100, self.currency)
        }
    }
}

use money::Price;

fn main() {
    let coffee = Price::new(350, "EUR");
    let croissant = Price::new(225, "EUR");
    let refund = Price::new(-1005, "EUR");
    println!("coffee:    {}", coffee);
    println!("croissant: {}", croissant);
    println!("together:  {}", coffee.add(&croissant));
    println!("refund:    {}", refund);
}
