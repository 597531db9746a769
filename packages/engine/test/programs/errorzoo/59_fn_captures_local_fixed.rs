// Quiz answer: a closure can capture the local variable.
fn main() {
    let tax_rate = 0.2;
    let prices = [10.0, 25.0, 4.5];

    let with_tax = |price: f64| price * (1.0 + tax_rate);

    for p in prices {
        println!("{:.2}", with_tax(p));
    }
}
