#[derive(Debug)]
struct Inventory {
    items: Vec<String>,
    gold: u32,
}

#[derive(Debug)]
struct Hero {
    name: String,
    hp: i32,
    inventory: Inventory,
}

impl Hero {
    fn loot(&mut self, item: &str, gold: u32) {
        self.inventory.items.push(item.to_string());
        self.inventory.gold += gold;
    }

    fn take_damage(&mut self, dmg: i32) {
        self.hp -= dmg;
        if self.hp < 0 {
            self.hp = 0;
        }
    }
}

fn main() {
    let mut hero = Hero {
        name: String::from("Link"),
        hp: 20,
        inventory: Inventory { items: vec![], gold: 0 },
    };

    hero.loot("sword", 10);
    hero.take_damage(7);
    hero.loot("shield", 25);

    let inv = &mut hero.inventory;
    inv.gold -= 5;
    inv.items.sort();

    hero.take_damage(30);
    println!("{:#?}", hero);
    println!("{} is {}", hero.name, if hero.hp == 0 { "down" } else { "standing" });
}
