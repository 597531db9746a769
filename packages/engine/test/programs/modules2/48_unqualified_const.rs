// Using a module's constant without its path.
mod tax {
    pub const RATE_PERCENT: u32 = 8;

    pub fn with_tax(cents: u32) -> u32 {
        cents + cents * RATE_PERCENT / 100
    }
}

fn main() {
    let prices = [1000, 2550, 99];
    for p in prices {
        println!("{} -> {}", p, tax::with_tax(p));
    }
    println!("rate: {}%", RATE_PERCENT);
}
