fn main() {
    let items = [4, 8, 15, 16, 23, 42];
    for item in items {
        let doubled = item * 2;
        println!("{} -> {}", item, doubled);
    }
    println!("last doubled value was {}", doubled);
}
