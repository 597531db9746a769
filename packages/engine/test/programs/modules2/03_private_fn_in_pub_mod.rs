// Exercise: the module is public, but is the function?
mod front_of_house {
    pub mod hosting {
        fn add_to_waitlist(name: &str) {
            println!("{} is on the waitlist", name);
        }

        pub fn greet(name: &str) {
            println!("Welcome, {}!", name);
        }
    }
}

fn main() {
    front_of_house::hosting::greet("Ferris");
    front_of_house::hosting::add_to_waitlist("Ferris");
}
