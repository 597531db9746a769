// Quiz: HashMap is not in the prelude; it needs a `use`.
fn main() {
    let mut stock = HashMap::new();
    stock.insert("apples", 3);
    stock.insert("pears", 5);
    println!("apples: {}", stock["apples"]);
}
