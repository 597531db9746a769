#[derive(Debug)]
struct Player {
    name: String,
    hp: i32,
}

fn main() {
    let mut scores = vec![55, 72, 38, 90];
    for s in scores.iter_mut() {
        *s += 5;
    }
    println!("curved: {:?}", scores);

    scores.iter_mut().filter(|s| **s > 90).for_each(|s| *s = 90);
    println!("capped: {:?}", scores);

    let mut party = vec![
        Player { name: "Kael".to_string(), hp: 40 },
        Player { name: "Mira".to_string(), hp: 8 },
        Player { name: "Dorn".to_string(), hp: 0 },
    ];

    let damage = 10;
    party.iter_mut().for_each(|p| p.hp = (p.hp - damage).max(0));
    for p in party.iter_mut().filter(|p| p.hp == 0) {
        p.name.push_str(" (KO)");
    }
    for p in &party {
        println!("{:<10} hp={}", p.name, p.hp);
    }

    party.retain(|p| p.hp > 0);
    println!("still standing: {}", party.len());
}
