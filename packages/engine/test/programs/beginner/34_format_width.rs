fn main() {
    let items = [("Apples", 3, 0.5), ("Bread", 1, 2.25), ("Cheese", 2, 4.8), ("Milk", 12, 0.99)];
    println!("{:<10}|{:>5}|{:>8}", "Item", "Qty", "Price");
    println!("{:-<10}+{:->5}+{:->8}", "", "", "");
    let mut total = 0.0;
    for (name, qty, price) in items {
        let line = qty as f64 * price;
        total += line;
        println!("{:<10}|{:>5}|{:>8.2}", name, qty, line);
    }
    println!("{:>24.2}", total);
    println!("[{:^11}]", "centered");
    println!("[{:*^11}]", "star");
    println!("{:05}", 42);
    println!("{:+}", 7);
    println!("{:08.3}", -3.14159);
    println!("{:x} {:X} {:o} {:b}", 255, 255, 8, 5);
    println!("{:#x} {:#b}", 255, 5);
    let width = 7;
    println!("[{:>width$}]", 12);
    println!("[{:>1$}]", 34, 6);
    println!("[{:.*}]", 3, 2.0_f64.sqrt());
    println!("{{literal braces}}");
}
