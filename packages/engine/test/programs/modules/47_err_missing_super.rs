// expected: E0425 cannot find function `deliver_order` (needs `super::`)
fn deliver_order() {
    println!("order delivered");
}

mod back_of_house {
    pub fn fix_incorrect_order() {
        cook_order();
        deliver_order();
    }

    fn cook_order() {
        println!("order cooked");
    }
}

fn main() {
    back_of_house::fix_incorrect_order();
}
