use std::fmt;

struct Money {
    cents: i64,
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.cents < 0 { "-" } else { "" };
        let abs = self.cents.abs();
        write!(f, "{}${}.{:02}", sign, abs / 100, abs % 100)
    }
}

struct Row<'a> {
    item: &'a str,
    price: Money,
}

impl<'a> fmt::Display for Row<'a> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Format the money first, then pad the resulting string.
        write!(f, "{:<12}{:>10}", self.item, self.price.to_string())
    }
}

fn main() {
    let rows = vec![
        Row { item: "coffee", price: Money { cents: 350 } },
        Row { item: "bagel", price: Money { cents: 1205 } },
        Row { item: "refund", price: Money { cents: -99 } },
        Row { item: "gift", price: Money { cents: 5 } },
    ];
    for r in &rows {
        println!("{}", r);
    }
    let total: i64 = rows.iter().map(|r| r.price.cents).sum();
    println!("{:<12}{:>10}", "TOTAL", Money { cents: total }.to_string());
}
