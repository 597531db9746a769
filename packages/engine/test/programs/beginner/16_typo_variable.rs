fn main() {
    let total_price = 19.99;
    let quantity = 3;
    let subtotal = total_price * quantity as f64;
    println!("Subtotal: {:.2}", subtotl);
}
