struct Player {
    name: String,
    lives: u8,
}

fn lose_life(p: &Player) {
    p.lives -= 1;
}

fn main() {
    let mut hero = Player { name: String::from("Link"), lives: 3 };
    lose_life(&mut hero);
    println!("{} has {} lives", hero.name, hero.lives);
}
