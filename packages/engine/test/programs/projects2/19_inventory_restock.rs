// Week project: a warehouse inventory with restocking rules and sorted reports.
use std::collections::HashMap;
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum Unit {
    Piece,
    Kilogram,
    Litre,
}

#[derive(Debug, Clone)]
struct Item {
    amount: f64,
    unit: Unit,
    reorder_below: f64,
    reorder_to: f64,
}

impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let unit = match self.unit {
            Unit::Piece => "pcs",
            Unit::Kilogram => "kg",
            Unit::Litre => "l",
        };
        write!(f, "{:>7.1} {:<3}", self.amount, unit)
    }
}

type Stock = HashMap<String, Item>;

fn receive(stock: &mut Stock, name: &str, amount: f64, unit: Unit) {
    stock
        .entry(name.to_string())
        .and_modify(|item| item.amount += amount)
        .or_insert(Item { amount, unit, reorder_below: amount / 4.0, reorder_to: amount });
}

fn take(stock: &mut Stock, name: &str, amount: f64) -> Result<f64, String> {
    let item = stock.get_mut(name).ok_or(format!("{} is not stocked", name))?;
    if item.amount < amount {
        return Err(format!("{}: wanted {}, have {}", name, amount, item.amount));
    }
    item.amount -= amount;
    Ok(item.amount)
}

// Returns the sorted list of (name, amount to order) for low items.
fn restock_plan(stock: &Stock) -> Vec<(String, f64)> {
    let mut plan: Vec<(String, f64)> = stock
        .iter()
        .filter(|(_, item)| item.amount < item.reorder_below)
        .map(|(name, item)| (name.clone(), item.reorder_to - item.amount))
        .collect();
    plan.sort_by(|a, b| a.0.cmp(&b.0));
    plan
}

fn print_stock(title: &str, stock: &Stock) {
    println!("{}", title);
    let mut names: Vec<&String> = stock.keys().collect();
    names.sort_by_key(|n| n.to_lowercase());
    for name in names {
        let item = &stock[name];
        let flag = if item.amount < item.reorder_below { " LOW" } else { "" };
        println!("  {:<10}{}{}", name, item, flag);
    }
}

fn main() {
    let mut stock: Stock = HashMap::new();
    receive(&mut stock, "flour", 50.0, Unit::Kilogram);
    receive(&mut stock, "Milk", 40.0, Unit::Litre);
    receive(&mut stock, "eggs", 360.0, Unit::Piece);
    receive(&mut stock, "sugar", 20.0, Unit::Kilogram);
    receive(&mut stock, "flour", 10.0, Unit::Kilogram);
    print_stock("after delivery:", &stock);

    let orders: Vec<(&str, f64)> = vec![
        ("flour", 48.0), ("Milk", 35.5), ("eggs", 120.0), ("butter", 1.0), ("sugar", 25.0), ("sugar", 16.0),
    ];
    for (name, amount) in &orders {
        match take(&mut stock, name, *amount) {
            Ok(left) => println!("took {} of {}, {} left", amount, name, left),
            Err(e) => println!("cannot take: {}", e),
        }
    }
    print_stock("after orders:", &stock);

    let plan = restock_plan(&stock);
    println!("restock plan:");
    for (name, qty) in &plan {
        println!("  order {:.1} of {}", qty, name);
    }
    for (name, qty) in plan {
        let unit = stock[&name].unit.clone();
        receive(&mut stock, &name, qty, unit);
    }
    let low_left = restock_plan(&stock).len();
    println!("low items after restock: {}", low_left);
    let kilos: f64 = stock.values().filter(|i| i.unit == Unit::Kilogram).map(|i| i.amount).sum();
    println!("total kilograms on hand: {:.1}", kilos);
}
