// ? cannot be used in a function that returns ().
fn print_total(prices: &[&str]) {
    let mut total = 0.0;
    for p in prices {
        total += p.parse::<f64>()?;
    }
    println!("total: {:.2}", total);
}

fn main() {
    print_total(&["1.50", "2.25"]);
}
