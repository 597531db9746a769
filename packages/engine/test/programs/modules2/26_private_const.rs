// Constants in a module are private by default, like everything else.
mod config {
    const MAX_PLAYERS: usize = 4;
    pub const GAME_NAME: &str = "Space Miners";

    pub fn can_join(current: usize) -> bool {
        current < MAX_PLAYERS
    }
}

fn main() {
    println!("Welcome to {}", config::GAME_NAME);
    for n in 2..6 {
        println!("{} players, can join: {}", n, config::can_join(n));
    }
    println!("max is {}", config::MAX_PLAYERS);
}
