// Derived Default for nested structs, and Option fields.
#[derive(Debug, Default)]
struct Stats {
    hp: u32,
    mana: u32,
}

#[derive(Debug, Default)]
struct Character {
    name: String,
    level: u8,
    stats: Stats,
    weapon: Option<String>,
    tags: Vec<String>,
}

fn main() {
    let mut hero = Character {
        name: "Aria".into(),
        stats: Stats { hp: 120, ..Default::default() },
        ..Default::default()
    };
    hero.tags.push("archer".into());
    hero.weapon.get_or_insert_with(|| "bow".to_string());
    println!("{:#?}", hero);
    let blank = Character::default();
    println!("{:?} {} {}", blank.weapon, blank.name.is_empty(), blank.stats.hp);
}
