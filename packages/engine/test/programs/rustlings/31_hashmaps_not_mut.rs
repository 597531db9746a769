// Inserting into a HashMap that was not declared mutable.
use std::collections::HashMap;

fn main() {
    let stock = HashMap::new();
    stock.insert("apples", 12);
    stock.insert("pears", 3);

    let mut names: Vec<_> = stock.keys().collect();
    names.sort();
    println!("{:?}", names);
}
