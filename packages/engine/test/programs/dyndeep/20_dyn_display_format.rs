use std::fmt;

struct Money { cents: i64 }
struct Percent(f64);

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "${}.{:02}", self.cents / 100, self.cents % 100)
    }
}

impl fmt::Display for Percent {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:.1}%", self.0)
    }
}

fn row(cells: &[&dyn fmt::Display]) -> String {
    let parts: Vec<String> = cells.iter().map(|c| format!("{:>8}", c.to_string())).collect();
    parts.join("|")
}

fn main() {
    let price = Money { cents: 1999 };
    let tax = Percent(8.25);
    let qty = 3;
    println!("{}", row(&[&"item", &price, &tax, &qty]));
    let boxed: Box<dyn fmt::Display> = Box::new(Money { cents: 5 });
    println!("boxed: {}", boxed);
}
