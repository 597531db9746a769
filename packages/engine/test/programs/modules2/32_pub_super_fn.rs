// pub(super) makes a function visible to the parent module only.
mod shop {
    pub mod pricing {
        pub(super) fn wholesale(cents: u32) -> u32 {
            cents * 60 / 100
        }

        pub fn retail(cents: u32) -> u32 {
            cents
        }
    }

    pub fn margin(cents: u32) -> u32 {
        pricing::retail(cents) - pricing::wholesale(cents)
    }
}

fn main() {
    println!("retail: {}", shop::pricing::retail(1500));
    println!("margin: {}", shop::margin(1500));
    println!("wholesale: {}", shop::pricing::wholesale(1500));
}
