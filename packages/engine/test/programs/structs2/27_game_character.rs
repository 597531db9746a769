#[derive(Debug)]
struct Stats {
    hp: i32,
    attack: i32,
    defense: i32,
}

#[derive(Debug)]
struct Character {
    name: String,
    level: u32,
    stats: Stats,
}

impl Character {
    fn new(name: &str) -> Character {
        Character {
            name: name.to_string(),
            level: 1,
            stats: Stats { hp: 20, attack: 5, defense: 3 },
        }
    }

    fn level_up(&mut self) {
        self.level += 1;
        self.stats.hp += 5;
        self.stats.attack += 2;
        self.stats.defense += 1;
    }

    fn take_hit(&mut self, damage: i32) {
        let real = (damage - self.stats.defense).max(1);
        self.stats.hp -= real;
        println!("{} takes {} damage, hp now {}", self.name, real, self.stats.hp);
    }

    fn is_alive(&self) -> bool {
        self.stats.hp > 0
    }
}

fn main() {
    let mut hero = Character::new("Link");
    hero.level_up();
    hero.level_up();
    println!("{:#?}", hero);
    let mut hits = 0;
    while hero.is_alive() {
        hero.take_hit(12);
        hits += 1;
    }
    println!("{} fell after {} hits", hero.name, hits);
}
