fn interest_for(rate_percent: u32) -> Box<dyn Fn(u64) -> u64> {
    Box::new(|balance| balance * rate_percent as u64 / 100)
}

fn main() {
    let savings = interest_for(3);
    let premium = interest_for(5);
    let balance = 10_000;
    println!("savings: {}", savings(balance));
    println!("premium: {}", premium(balance));
    println!("total: {}", balance + savings(balance));
}
