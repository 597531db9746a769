// Using super:: to reach an item in the parent module.
fn deliver_order(order_id: u32) {
    println!("Delivering order #{}", order_id);
}

mod back_of_house {
    pub fn fix_incorrect_order(order_id: u32) {
        cook_order(order_id);
        super::deliver_order(order_id);
    }

    fn cook_order(order_id: u32) {
        println!("Re-cooking order #{}", order_id);
    }
}

fn main() {
    back_of_house::fix_incorrect_order(17);
    back_of_house::fix_incorrect_order(42);
}
