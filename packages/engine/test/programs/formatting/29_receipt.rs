fn main() {
    let items: [(&str, u32, f64); 4] = [
        ("Milk 1L", 2, 1.19),
        ("Bread", 1, 2.49),
        ("Eggs (12)", 1, 3.895),
        ("Chocolate", 3, 0.75),
    ];
    let tax_rate = 0.08;

    println!("{:^32}", "SUPERMART");
    println!("{:^32}", "Receipt #00417");
    println!("{:-^32}", "");
    let mut subtotal = 0.0;
    for (name, qty, price) in items.iter() {
        let line = *qty as f64 * price;
        subtotal += line;
        println!("{:<14}{:>3} x{:>6.2}{:>8.2}", name, qty, price, line);
    }
    println!("{:-^32}", "");
    let tax = subtotal * tax_rate;
    println!("{:<24}{:>8.2}", "Subtotal", subtotal);
    println!("{:<24}{:>8.2}", format!("Tax ({:.0}%)", tax_rate * 100.0), tax);
    println!("{:<24}{:>8.2}", "TOTAL", subtotal + tax);
}
