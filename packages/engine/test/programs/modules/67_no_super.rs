fn deliver_order() {}
mod back_of_house {
    pub fn fix_incorrect_order() {
        deliver_order();
    }
}
fn main() {
    back_of_house::fix_incorrect_order();
}
