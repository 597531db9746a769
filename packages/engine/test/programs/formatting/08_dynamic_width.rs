fn main() {
    let items = vec![("apple", 1.5), ("watermelon", 12.25), ("fig", 0.333)];
    let width = items.iter().map(|(n, _)| n.len()).max().unwrap_or(0);
    let prec = 2;

    for (name, price) in &items {
        println!("{:>width$} : {:.prec$}", name, price, width = width, prec = prec);
    }
    println!();
    for (name, price) in &items {
        println!("{:<1$}|{2:>3$.4$}|", name, width + 2, price, 8, 1);
    }
    println!("{:.*}", 3, 2.718281828);
    println!("{:>1$}", "x", 5);
    let w = 7;
    println!("[{:^w$}]", "mid");
    println!("[{:>w$.prec$}]", 3.14159);
}
