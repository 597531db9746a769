fn main() {
    let is_member = true;
    let basket_cents = 4_250;
    let discount_percent: u32;

    if is_member {
        discount_percent = 10;
    } else if basket_cents > 5_000 {
        discount_percent = 5;
    }

    let to_pay = basket_cents * (100 - discount_percent) / 100;
    println!("discount {}% -> pay {}", discount_percent, to_pay);
}
