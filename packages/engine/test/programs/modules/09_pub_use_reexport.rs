// Re-exporting with `pub use` so callers get a shorter path.
mod kitchen {
    pub mod appliances {
        pub mod oven {
            pub fn preheat(degrees: u32) -> String {
                format!("Oven preheated to {}°C", degrees)
            }
        }
        pub mod stove {
            pub fn boil(what: &str) -> String {
                format!("Boiling {}", what)
            }
        }
    }

    pub use self::appliances::oven::preheat;
    pub use self::appliances::stove;
}

fn main() {
    // Long path still works
    println!("{}", kitchen::appliances::oven::preheat(180));
    // Short re-exported paths
    println!("{}", kitchen::preheat(220));
    println!("{}", kitchen::stove::boil("pasta"));
}
