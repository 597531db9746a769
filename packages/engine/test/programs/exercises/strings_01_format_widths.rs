#[derive(Debug)]
struct Item {
    name: String,
    qty: u32,
    price: f64,
}

fn main() {
    let items = vec![
        Item { name: String::from("apple"), qty: 3, price: 0.5 },
        Item { name: String::from("watermelon"), qty: 1, price: 3.999 },
        Item { name: String::from("fig"), qty: 12, price: 0.25 },
    ];
    println!("{:<12}|{:>5}|{:>8}", "item", "qty", "price");
    println!("{}", "-".repeat(27));
    let mut total = 0.0;
    for it in &items {
        let line = it.qty as f64 * it.price;
        total += line;
        println!("{:<12}|{:>5}|{:>8.2}", it.name, it.qty, line);
    }
    println!("{:>27}", format!("total {:.2}", total));
    println!("[{:^10}]", "mid");
    println!("[{:*^11}]", "star");
    println!("[{:08.3}]", 3.14159);
    println!("[{:+}] [{:+}]", 5, -5);
    println!("[{:5}] [{:<5}] [{:05}]", 42, 42, 42);
    println!("{:x} {:X} {:#x} {:o} {:b} {:#b} {:08b}", 255, 255, 255, 8, 5, 5, 5);
    println!("{:e} {:e}", 1234.5, 0.00012);
    let w = 7;
    let p = 2;
    println!("[{:>w$.p$}] [{:>1$}] [{:.*}]", 2.71828, 6, 3, 1.23456);
    println!("{:?} {:?}", "quote\"d", 'c');
    println!("{:#?}", items[0]);
    let name = "Ferris";
    println!("{name} is {age} years old", age = 7);
    println!("{0} {1} {0}", "a", "b");
    println!("{{braces}}");
}
