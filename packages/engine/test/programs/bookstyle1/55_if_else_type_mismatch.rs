// Quiz: both branches of an if expression must have the same type.
fn main() {
    let stock = 4;
    let label = if stock > 0 { "in stock" } else { 0 };
    println!("{label}");
}
