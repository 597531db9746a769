struct Item {
    name: &'static str,
    qty: u32,
    price: f64,
}

fn main() {
    let items = [
        Item { name: "Widget", qty: 3, price: 4.5 },
        Item { name: "Gadget", qty: 12, price: 19.99 },
        Item { name: "Thingamajig", qty: 1, price: 149.0 },
        Item { name: "Doohickey", qty: 250, price: 0.075 },
    ];

    println!("{:<12} | {:>5} | {:>9} | {:>10}", "Item", "Qty", "Price", "Total");
    println!("{:-<12}-+-{:->5}-+-{:->9}-+-{:->10}", "", "", "", "");
    let mut grand = 0.0;
    for it in &items {
        let total = it.qty as f64 * it.price;
        grand += total;
        println!("{:<12} | {:>5} | {:>9.2} | {:>10.2}", it.name, it.qty, it.price, total);
    }
    println!("{:=^44}", " TOTAL ");
    println!("{:>44.2}", grand);

    // padding with zeros, signs, and runtime widths
    println!("[{:05}] [{:+}] [{:^9}] [{:*>8}]", 42, 7, "mid", "right");
    let width = 8;
    let prec = 3;
    println!("[{:>width$.prec$}] [{:<w2$}]", 2.0f64.sqrt(), "ab", w2 = 5);
    println!("[{:>1$}]", "x", width);
}
