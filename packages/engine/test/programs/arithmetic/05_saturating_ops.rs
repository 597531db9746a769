// Saturating arithmetic clamps at the edge of the range.
// Handy for things like health points and volume levels.

struct Player {
    name: String,
    health: u8,
}

impl Player {
    fn damage(&mut self, amount: u8) {
        self.health = self.health.saturating_sub(amount);
    }
    fn heal(&mut self, amount: u8) {
        self.health = self.health.saturating_add(amount);
    }
}

fn main() {
    let mut p = Player { name: String::from("Ferris"), health: 100 };
    p.damage(30);
    println!("{} after hit: {}", p.name, p.health);
    p.heal(200);
    println!("{} after potion: {}", p.name, p.health);
    p.damage(255);
    println!("{} after dragon: {}", p.name, p.health);

    let volume: i16 = 32_000;
    println!("volume up: {}", volume.saturating_add(1_000));
    println!("volume down: {}", (-32_000i16).saturating_sub(1_000));
    println!("i32 saturating_mul: {}", 100_000i32.saturating_mul(100_000));
}
