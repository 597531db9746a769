// In a debug build, u8 addition that overflows panics.
fn add_bonus(level: u8, bonus: u8) -> u8 {
    level + bonus
}

fn main() {
    let mut level: u8 = 250;
    for bonus in [2, 3, 4] {
        level = add_bonus(level, bonus);
        println!("level is now {}", level);
    }
}
