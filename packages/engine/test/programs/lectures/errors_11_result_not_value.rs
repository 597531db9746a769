// Exercise: compute the total price of an order from text fields.
struct Line {
    qty: &'static str,
    unit_price: u32,
}

fn line_total(l: &Line) -> u32 {
    let qty: u32 = l.qty.parse::<u32>();
    qty * l.unit_price
}

fn main() {
    let order = vec![
        Line { qty: "2", unit_price: 150 },
        Line { qty: "1", unit_price: 999 },
        Line { qty: "5", unit_price: 20 },
    ];
    let mut total = 0;
    for l in &order {
        total += line_total(l);
    }
    println!("order total: {}", total);
}
