// Puzzle: taking values out of fields when we only have `&mut`.
use std::mem;

#[derive(Debug)]
struct Player {
    name: String,
    inventory: Vec<String>,
    weapon: Option<String>,
}

fn rename(p: &mut Player, new_name: &str) -> String {
    mem::replace(&mut p.name, new_name.to_string())
}

fn empty_bag(p: &mut Player) -> Vec<String> {
    mem::take(&mut p.inventory)
}

fn trade_weapon(p: &mut Player, offer: &mut Option<String>) {
    mem::swap(&mut p.weapon, offer);
}

fn main() {
    let mut hero = Player {
        name: String::from("Link"),
        inventory: vec![String::from("potion"), String::from("key")],
        weapon: Some(String::from("sword")),
    };

    let old = rename(&mut hero, "Zelda");
    let bag = empty_bag(&mut hero);
    let mut offer = Some(String::from("bow"));
    trade_weapon(&mut hero, &mut offer);

    println!("old name: {}", old);
    println!("bag: {:?}", bag);
    println!("offer now: {:?}", offer);
    println!("{:?}", hero);
}
