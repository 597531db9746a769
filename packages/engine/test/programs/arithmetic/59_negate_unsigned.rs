// Mistake: negating an unsigned value.

fn main() {
    let depth: u32 = 40;
    let below_sea_level = -depth;
    println!("altitude: {} m", below_sea_level);
}
