// main returning Result<(), Box<dyn Error>> so ? works on different error types.
use std::error::Error;

fn parse_pair(s: &str) -> Result<(i32, f64), Box<dyn Error>> {
    let (a, b) = s.split_once(':').ok_or("missing ':'")?;
    let count: i32 = a.trim().parse()?;
    let price: f64 = b.trim().parse()?;
    Ok((count, price))
}

fn main() -> Result<(), Box<dyn Error>> {
    let orders = ["3: 2.50", "10:0.99", "1 : 15.00"];
    let mut total = 0.0;
    for o in orders {
        let (count, price) = parse_pair(o)?;
        println!("{} x {:.2}", count, price);
        total += count as f64 * price;
    }
    println!("total: {:.2}", total);

    // Errors of different types still fit in the box.
    for bad in ["x: 1.0", "2: abc", "nothing"] {
        if let Err(e) = parse_pair(bad) {
            println!("{:?} -> {}", bad, e);
        }
    }
    Ok(())
}
