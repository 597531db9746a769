struct Player {
    name: String,
    hp: i32,
}

struct Game {
    players: Vec<Player>,
}

impl Game {
    fn player_mut(&mut self, idx: usize) -> &mut Player {
        &mut self.players[idx]
    }
}

fn main() {
    let mut game = Game {
        players: vec![
            Player { name: "Link".to_string(), hp: 12 },
            Player { name: "Ganon".to_string(), hp: 40 },
        ],
    };
    let hero = game.player_mut(0);
    let boss = game.player_mut(1);
    boss.hp -= 5;
    hero.hp += 1;
    for p in &game.players {
        println!("{}: {}", p.name, p.hp);
    }
}
