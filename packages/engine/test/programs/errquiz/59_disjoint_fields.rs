struct Character {
    name: String,
    hp: i32,
    inventory: Vec<String>,
}

fn main() {
    let mut hero = Character {
        name: String::from("Geralt"),
        hp: 80,
        inventory: vec![String::from("silver sword")],
    };

    let name = &hero.name;
    let bag = &mut hero.inventory;
    let hp = &mut hero.hp;

    bag.push(String::from("swallow potion"));
    *hp -= 25;
    println!("{} has {} hp and carries {:?}", name, hero.hp, hero.inventory);
}
