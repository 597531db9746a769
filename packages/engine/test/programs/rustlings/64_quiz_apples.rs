// quiz1 (variables, functions, if): apples cost 2 each, or 1 each when buying more than 40.
fn calculate_price_of_apples(quantity: u64) -> u64 {
    if quantity > 40 {
        quantity
    } else {
        quantity * 2
    }
}

fn main() {
    for quantity in [35, 40, 41, 65] {
        let price = calculate_price_of_apples(quantity);
        println!("{quantity} apples cost {price} rustbucks");
    }
}
