mod config {
    pub const MAX_PLAYERS: usize = 4;
    pub const STARTING_LIVES: u32 = 3;
    pub static GAME_TITLE: &str = "Space Rocks";

    pub mod physics {
        pub const GRAVITY: f64 = 9.81;
        pub const TERMINAL_VELOCITY: f64 = 53.0;
    }
}

mod game {
    use crate::config;
    use crate::config::physics::{GRAVITY, TERMINAL_VELOCITY};

    pub fn fall_speed(seconds: f64) -> f64 {
        let v = GRAVITY * seconds;
        if v > TERMINAL_VELOCITY { TERMINAL_VELOCITY } else { v }
    }

    pub fn lives_for(players: usize) -> Vec<u32> {
        let n = players.min(config::MAX_PLAYERS);
        vec![config::STARTING_LIVES; n]
    }
}

fn main() {
    println!("Welcome to {}!", config::GAME_TITLE);
    println!("Lives: {:?}", game::lives_for(6));
    for t in [0.5, 2.0, 10.0] {
        println!("after {:>4}s: {:.2} m/s", t, game::fall_speed(t));
    }
}
