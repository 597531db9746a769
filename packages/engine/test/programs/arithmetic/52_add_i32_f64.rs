// Mistake: adding an integer to a float without converting.

fn main() {
    let items: i32 = 3;
    let price: f64 = 4.99;
    let shipping: f64 = 5.0;
    let total = items * price + shipping;
    println!("total: {:.2}", total);
}
