// Exam question: which line does the borrow checker reject?
struct Game {
    level: u32,
    lives: u32,
}

fn describe(level: &u32) -> String {
    format!("level {}", level)
}

fn main() {
    let mut g = Game { level: 3, lives: 2 };
    println!("{}", describe(&g.level));
    let mut level = g.level;
    let r = &level;
    g.lives -= 1;
    level = 4;
    println!("r = {}, level = {}", r, level);
    g.level = level;
    println!("now {} with {} lives", describe(&g.level), g.lives);
    let score = g.level * 100 + g.lives;
    println!("score {}", score);
}
