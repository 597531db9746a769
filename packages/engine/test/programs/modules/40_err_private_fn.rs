// expected: E0603 function `cook_order` is private
mod back_of_house {
    pub fn fix_incorrect_order(id: u32) {
        cook_order(id);
        println!("order {} fixed", id);
    }

    fn cook_order(id: u32) {
        println!("cooking order {}", id);
    }
}

fn main() {
    back_of_house::fix_incorrect_order(3);
    back_of_house::cook_order(4);
}
