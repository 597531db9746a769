fn main() {
    let items = ["widget", "gadget", "doohickey"];
    let qty = [3, 10, 1];
    let price = [2.50, 0.99, 15.00];

    let mut total = 0.0;
    for ((name, q), p) in items.iter().zip(qty.iter()).zip(price.iter()) {
        let line = *q as f64 * p;
        total += line;
        println!("{:<10} {:>3} x {:>6.2} = {:>7.2}", name, q, p, line);
    }
    println!("{:>30}", format!("total {:.2}", total));

    let expensive: Vec<&str> = items
        .iter()
        .zip(price.iter())
        .filter(|(_, &p)| p > 1.0)
        .map(|(&n, _)| n)
        .collect();
    println!("over $1: {:?}", expensive);
}
