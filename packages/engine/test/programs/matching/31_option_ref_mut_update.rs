#[derive(Debug)]
struct Player {
    name: String,
    weapon: Option<String>,
    hp: i32,
}

fn upgrade(p: &mut Player) {
    if let Some(w) = &mut p.weapon {
        w.push_str("+1");
    }
}

fn take_damage(p: &mut Player, dmg: i32) {
    match p {
        Player { hp, .. } if *hp <= dmg => {
            *hp = 0;
        }
        Player { hp, .. } => *hp -= dmg,
    }
}

fn main() {
    let mut team = vec![
        Player { name: "Link".to_string(), weapon: Some("Sword".to_string()), hp: 12 },
        Player { name: "Zelda".to_string(), weapon: None, hp: 8 },
    ];
    for p in team.iter_mut() {
        upgrade(p);
        take_damage(p, 10);
    }
    for p in &team {
        match p {
            Player { name, weapon: Some(w), hp } => println!("{} wields {} with {} hp", name, w, hp),
            Player { name, weapon: None, hp: 0 } => println!("{} is down and unarmed", name),
            Player { name, weapon: None, hp } => println!("{} is unarmed with {} hp", name, hp),
        }
    }
    let dropped = team[0].weapon.take();
    println!("dropped {:?}; now {:?}", dropped, team[0]);
}
