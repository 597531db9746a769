fn describe(name: &str, qty: u32, unit_price: f64) -> String {
    format!("{qty} x {name} @ ${unit_price:.2} = ${:.2}", qty as f64 * unit_price)
}

fn main() {
    let lines = vec![
        describe("notebook", 3, 2.5),
        describe("pen", 10, 0.99),
        describe("stapler", 1, 12.0),
    ];
    for line in &lines {
        println!("{}", line);
    }

    let mut csv = String::new();
    for (i, n) in [4, 8, 15, 16, 23, 42].iter().enumerate() {
        if i > 0 {
            csv.push_str(&format!(",{}", n));
        } else {
            csv += &n.to_string();
        }
    }
    println!("{}", csv);
    let padded = format!("{:>6}", csv.len());
    println!("[{}] len={}", padded, padded.len());
    let s = format!("{}", 'x') + &format!("{:?}", "y");
    println!("{}", s);
}
