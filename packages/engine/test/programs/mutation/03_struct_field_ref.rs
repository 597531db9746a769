#[derive(Debug)]
struct Player {
    name: String,
    score: u32,
    lives: u8,
}

fn award(points: &mut u32, amount: u32) {
    *points += amount;
}

fn main() {
    let mut p = Player {
        name: String::from("Ferris"),
        score: 0,
        lives: 3,
    };

    award(&mut p.score, 150);
    award(&mut p.score, 75);

    let lives = &mut p.lives;
    *lives -= 1;

    p.name.push_str(" the Crab");
    println!("{:?}", p);
    println!("{} has {} points and {} lives", p.name, p.score, p.lives);
}
