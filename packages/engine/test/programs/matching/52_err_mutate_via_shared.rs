struct Player {
    name: String,
    weapon: Option<String>,
}

fn enchant(p: &mut Player) {
    match &p.weapon {
        Some(w) => w.push_str(" of fire"),
        None => println!("{} has nothing to enchant", p.name),
    }
}

fn main() {
    let mut hero = Player { name: "Aria".into(), weapon: Some("Dagger".into()) };
    enchant(&mut hero);
    println!("{:?}", hero.weapon);
}
