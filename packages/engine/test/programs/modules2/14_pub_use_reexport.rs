// Rust Book ch. 7.4: re-exporting names with `pub use`.
mod front_of_house {
    pub mod hosting {
        pub fn add_to_waitlist(name: &str) {
            println!("[hosting] {} is waiting", name);
        }
    }
}

mod restaurant {
    pub use crate::front_of_house::hosting;

    pub fn open() {
        println!("[restaurant] doors open");
    }
}

fn main() {
    restaurant::open();
    // hosting is reachable through the re-export
    restaurant::hosting::add_to_waitlist("Linus");
    // and still through the original path
    front_of_house::hosting::add_to_waitlist("Margaret");
}
