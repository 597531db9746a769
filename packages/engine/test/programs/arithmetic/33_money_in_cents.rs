// Store money as integer cents to avoid floating point surprises.

#[derive(Debug, Clone, Copy)]
struct Money {
    cents: i64,
}

impl Money {
    fn new(dollars: i64, cents: i64) -> Money {
        Money { cents: dollars * 100 + cents }
    }
    fn add(self, other: Money) -> Money {
        Money { cents: self.cents + other.cents }
    }
    fn times(self, qty: i64) -> Money {
        Money { cents: self.cents * qty }
    }
    fn percent(self, pct: i64) -> Money {
        // Round half away from zero.
        let raw = self.cents * pct;
        let rounded = if raw >= 0 { (raw + 50) / 100 } else { (raw - 50) / 100 };
        Money { cents: rounded }
    }
    fn show(&self) -> String {
        let sign = if self.cents < 0 { "-" } else { "" };
        let abs = self.cents.abs();
        format!("{}${}.{:02}", sign, abs / 100, abs % 100)
    }
}

fn main() {
    let coffee = Money::new(3, 45);
    let muffin = Money::new(2, 5);
    let subtotal = coffee.times(3).add(muffin.times(2));
    let tax = subtotal.percent(8);
    let total = subtotal.add(tax);
    println!("subtotal: {}", subtotal.show());
    println!("tax 8%:   {}", tax.show());
    println!("total:    {}", total.show());
    let refund = Money { cents: -1999 };
    println!("refund:   {}", refund.show());

    let float_total: f64 = 0.1 + 0.2;
    println!("with floats 0.10 + 0.20 = {:.20}", float_total);
}
