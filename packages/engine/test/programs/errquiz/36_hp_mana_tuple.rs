fn main() {
    let (mut hp, mana) = (100, 30);
    let spells = ["fireball", "heal", "fireball"];

    for spell in spells {
        match spell {
            "fireball" => mana -= 10,
            "heal" => hp += 15,
            _ => {}
        }
    }
    println!("hp={} mana={}", hp, mana);
}
