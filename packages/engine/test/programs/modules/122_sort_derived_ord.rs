mod tournament {
    #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
    pub enum Rank {
        Bronze,
        Silver,
        Gold,
    }

    #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
    pub struct Player {
        pub rank: Rank,
        pub points: u32,
        pub name: String,
    }

    impl Player {
        pub fn new(name: &str, rank: Rank, points: u32) -> Player {
            Player { rank, points, name: name.to_string() }
        }
    }

    pub fn leaderboard(mut players: Vec<Player>) -> Vec<Player> {
        players.sort_by(|a, b| b.cmp(a));
        players
    }
}

use tournament::{Player, Rank};

fn main() {
    let players = vec![
        Player::new("kai", Rank::Silver, 1200),
        Player::new("ivy", Rank::Gold, 900),
        Player::new("bo", Rank::Silver, 1450),
        Player::new("ren", Rank::Bronze, 3000),
        Player::new("amy", Rank::Gold, 900),
    ];
    for (i, p) in tournament::leaderboard(players.clone()).iter().enumerate() {
        println!("{}. {:<4} {:?} {}", i + 1, p.name, p.rank, p.points);
    }
    let max = players.iter().max().unwrap();
    println!("max: {}", max.name);
    let mut names: Vec<&String> = players.iter().map(|p| &p.name).collect();
    names.sort();
    println!("{:?}", names);
    println!("Gold > Silver: {}", Rank::Gold > Rank::Silver);
}
