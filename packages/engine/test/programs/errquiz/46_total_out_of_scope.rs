fn main() {
    let orders = [(2, 350), (1, 1299), (4, 99)];

    {
        let mut total = 0;
        for (qty, cents) in orders {
            total += qty * cents;
        }
        println!("computed subtotal");
    }

    println!("Order total: {} cents", total);
}
