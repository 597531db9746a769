fn main() {
    let stock = 4;
    let label = if stock > 0 {
        stock
    } else {
        "sold out"
    };
    println!("Stock: {}", label);
}
