// Quiz answer: the module is `collections`, plural.
use std::collections::HashMap;

fn main() {
    let mut stock = HashMap::new();
    stock.insert("apples", 4);
    stock.insert("pears", 2);
    let mut names: Vec<_> = stock.keys().collect();
    names.sort();
    for n in names {
        println!("{} -> {}", n, stock[n]);
    }
}
