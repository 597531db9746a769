fn discount(price: u32, percent: u32) -> u32 {
    price - price * percent / 100
}

fn find_coupon(code: &str) -> Option<u32> {
    match code {
        "SPRING10" => Some(10),
        "VIP25" => Some(25),
        _ => None,
    }
}

fn main() {
    let price = 2000;
    let pct = find_coupon("VIP25");
    let final_price = discount(price, pct);
    println!("you pay {}", final_price);
}
