mod front_of_house {
    mod hosting {
        pub fn add_to_waitlist() {}
    }
}
fn main() {
    crate::front_of_house::hosting::add_to_waitlist();
}
