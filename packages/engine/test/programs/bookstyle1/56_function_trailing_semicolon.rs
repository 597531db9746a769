// Quiz: the semicolon turns the last expression into a statement.
fn add_tax(price: f64) -> f64 {
    price * 1.2;
}

fn main() {
    let total = add_tax(10.0);
    println!("total: {total}");
}
