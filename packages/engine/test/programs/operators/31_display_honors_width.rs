use std::fmt;

struct Money {
    cents: i64,
}

// Using f.pad means {:>10} and {:<10} work on our type like on a &str.
impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let sign = if self.cents < 0 { "-" } else { "" };
        let abs = self.cents.abs();
        let text = format!("{}${}.{:02}", sign, abs / 100, abs % 100);
        f.pad(&text)
    }
}

struct Row {
    label: &'static str,
    amount: Money,
}

fn main() {
    let rows = vec![
        Row { label: "salary", amount: Money { cents: 325000 } },
        Row { label: "rent", amount: Money { cents: -120000 } },
        Row { label: "coffee", amount: Money { cents: -450 } },
        Row { label: "refund", amount: Money { cents: 1999 } },
    ];

    println!("{:<8}|{:>12}|", "item", "amount");
    println!("{}", "-".repeat(22));
    let mut total = 0;
    for r in &rows {
        println!("{:<8}|{:>12}|", r.label, r.amount);
        total += r.amount.cents;
    }
    println!("{}", "-".repeat(22));
    println!("{:<8}|{:>12}|", "total", Money { cents: total });
    println!("[{:^12}]", Money { cents: 7 });
}
