fn main() {
    let prices = vec![3, 8, 12];
    prices.iter().for_each(|p: i32| println!("{} euros", p));
    let total: i32 = prices.iter().sum();
    println!("{}", total);
}
