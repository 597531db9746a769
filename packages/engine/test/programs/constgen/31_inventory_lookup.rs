use std::collections::HashMap;

// Stock levels keyed by a product code enum.
#[derive(Debug, Clone, Copy, Hash, PartialEq, Eq)]
enum Sku {
    Widget(u16),
    Gadget(u16),
    Gift,
}

fn restock(stock: &mut HashMap<Sku, i32>, sku: Sku, amount: i32) {
    let entry = stock.entry(sku).or_insert(0);
    *entry += amount;
}

fn main() {
    let mut stock = HashMap::new();
    restock(&mut stock, Sku::Widget(1), 10);
    restock(&mut stock, Sku::Gadget(7), 3);
    restock(&mut stock, Sku::Widget(1), 5);
    restock(&mut stock, Sku::Gift, 1);

    let queries = [Sku::Widget(1), Sku::Widget(2), Sku::Gadget(7), Sku::Gift];
    for q in &queries {
        match stock.get(q) {
            Some(n) => println!("{:?}: {} in stock", q, n),
            None => println!("{:?}: unknown product", q),
        }
    }
    if let Some(n) = stock.get_mut(&Sku::Gadget(7)) {
        *n -= 2;
    }
    println!("gadget 7 now {}", stock[&Sku::Gadget(7)]);
    let removed = stock.remove(&Sku::Gift);
    println!("removed gift: {:?}, {} skus left", removed, stock.len());
}
