#[derive(Debug, Clone, PartialEq, Eq)]
struct Product {
    sku: String,
    price: f64,
}

fn main() {
    let a = Product { sku: "A-1".into(), price: 9.99 };
    let b = a.clone();
    println!("same product? {}", a == b);
}
