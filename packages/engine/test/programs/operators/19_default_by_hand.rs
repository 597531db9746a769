// When zero/empty is not a sensible default, implement Default by hand.
#[derive(Debug)]
struct GameSettings {
    volume: u8,
    difficulty: Difficulty,
    player_name: String,
    lives: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Default)]
enum Difficulty {
    Easy,
    #[default]
    Normal,
    Hard,
}

impl Default for GameSettings {
    fn default() -> Self {
        GameSettings {
            volume: 70,
            difficulty: Difficulty::default(),
            player_name: String::from("Player 1"),
            lives: 3,
        }
    }
}

fn main() {
    let normal = GameSettings::default();
    println!("{:?}", normal);

    let hardcore = GameSettings {
        difficulty: Difficulty::Hard,
        lives: 1,
        ..Default::default()
    };
    println!("{:?}", hardcore);

    let kid = GameSettings { difficulty: Difficulty::Easy, volume: 40, ..GameSettings::default() };
    println!("{} plays {:?} with {} lives", kid.player_name, kid.difficulty, kid.lives);

    // unwrap_or_default uses the Default impl too.
    let maybe: Option<GameSettings> = None;
    let s = maybe.unwrap_or_default();
    println!("fallback volume: {}", s.volume);
}
