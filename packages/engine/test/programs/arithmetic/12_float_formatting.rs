// Formatting floating point numbers for reports.
fn main() {
    let pi = std::f64::consts::PI;
    println!("default: {}", pi);
    println!("2 places: {:.2}", pi);
    println!("0 places: {:.0}", pi);
    println!("width 10: [{:10.3}]", pi);
    println!("left:     [{:<10.3}]", pi);
    println!("center:   [{:^10.3}]", pi);
    println!("right:    [{:>8.3}]", pi);
    println!("zeros:    [{:08.3}]", pi);
    println!("sign:     [{:+.3}]", pi);
    println!("sci:      {:e}", 1234.5_f64);
    println!("sci:      {:e}", 0.00042_f64);
    println!("SCI:      {:E}", 6.02e23_f64);

    let precision = 4;
    println!("runtime precision: {:.*}", precision, pi);
    println!("named: {:.prec$}", pi, prec = 1);

    println!("1.0 prints as {}", 1.0_f64);
    println!("0.1 + 0.2 = {}", 0.1 + 0.2);
    println!("1e21 = {}", 1e21_f64);
    println!("debug 1.0 = {:?}", 1.0_f64);

    let prices = [("Coffee", 3.5), ("Bagel", 2.25), ("Juice", 4.0)];
    for (item, price) in prices {
        println!("{:<8}{:>7.2}", item, price);
    }
}
