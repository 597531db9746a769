mod game {
    #[derive(Debug)]
    pub struct Fighter {
        pub name: String,
        pub hp: i32,
        pub attack: i32,
    }

    pub fn duel(fighters: &mut Vec<Fighter>, a: usize, b: usize) {
        let attacker = &mut fighters[a];
        let defender = &mut fighters[b];
        defender.hp -= attacker.attack;
        attacker.attack += 1;
    }
}

use game::Fighter;

fn main() {
    let mut arena = vec![
        Fighter { name: "Ryu".into(), hp: 100, attack: 12 },
        Fighter { name: "Ken".into(), hp: 100, attack: 10 },
    ];
    game::duel(&mut arena, 0, 1);
    for f in &arena {
        println!("{:?}", f);
    }
}
