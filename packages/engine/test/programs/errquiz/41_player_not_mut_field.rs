struct Hero {
    name: String,
    hp: u32,
    max_hp: u32,
}

fn main() {
    let hero = Hero {
        name: String::from("Zelda"),
        hp: 3,
        max_hp: 10,
    };
    println!("{} drinks a potion", hero.name);
    hero.hp = hero.max_hp;
    println!("{} hp: {}/{}", hero.name, hero.hp, hero.max_hp);
}
