fn remaining(stock: u32, ordered: u32) -> u32 {
    stock - ordered
}

fn main() {
    let stock = 12;
    let orders = [5, 4, 6];
    let mut left = stock;
    for order in orders.iter() {
        println!("order of {} ...", order);
        left = remaining(left, *order);
        println!("  {} left in stock", left);
    }
}
