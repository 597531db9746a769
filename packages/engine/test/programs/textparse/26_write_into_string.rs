// Building a report in a String with write! and writeln!.
use std::fmt::Write;

struct Item {
    name: &'static str,
    qty: u32,
    unit_price: f64,
}

fn render(items: &[Item]) -> Result<String, std::fmt::Error> {
    let mut out = String::new();
    writeln!(out, "{:<10}{:>5}{:>10}", "item", "qty", "total")?;
    writeln!(out, "{}", "-".repeat(25))?;
    let mut grand = 0.0;
    for it in items {
        let line_total = it.qty as f64 * it.unit_price;
        grand += line_total;
        writeln!(out, "{:<10}{:>5}{:>10.2}", it.name, it.qty, line_total)?;
    }
    write!(out, "{:<15}{:>10.2}", "TOTAL", grand)?;
    Ok(out)
}

fn main() {
    let items = [
        Item { name: "apples", qty: 6, unit_price: 0.45 },
        Item { name: "bread", qty: 1, unit_price: 2.80 },
        Item { name: "cheese", qty: 2, unit_price: 4.15 },
    ];
    let report = render(&items).unwrap();
    println!("{}", report);
    println!("report has {} lines", report.lines().count());
}
