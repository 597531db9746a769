// Quiz: items in a module are private unless marked pub.
mod front_of_house {
    pub mod hosting {
        fn add_to_waitlist() -> u32 {
            1
        }

        pub fn seat_guest() -> u32 {
            add_to_waitlist() + 1
        }
    }
}

fn main() {
    println!("seated: {}", front_of_house::hosting::seat_guest());
    println!("waiting: {}", front_of_house::hosting::add_to_waitlist());
}
