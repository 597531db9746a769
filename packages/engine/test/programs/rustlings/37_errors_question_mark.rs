// errors2: propagate a ParseIntError with `?`.
use std::num::ParseIntError;

fn total_cost(item_quantity: &str) -> Result<i32, ParseIntError> {
    let processing_fee = 1;
    let cost_per_item = 5;
    let qty = item_quantity.parse::<i32>()?;
    Ok(qty * cost_per_item + processing_fee)
}

fn main() {
    for input in ["34", "0", "beep boop", "-3"] {
        match total_cost(input) {
            Ok(cost) => println!("{input:>9} -> cost {cost}"),
            Err(e) => println!("{input:>9} -> error: {e}"),
        }
    }
}
