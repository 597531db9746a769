mod front_of_house {
    pub mod hosting {
        fn add_to_waitlist() {}
    }
}
fn main() {
    front_of_house::hosting::add_to_waitlist();
}
