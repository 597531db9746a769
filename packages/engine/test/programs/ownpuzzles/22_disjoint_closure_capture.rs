// Puzzle: the closure changes the score while we read the name.
struct Game {
    name: String,
    score: u32,
}

fn main() {
    let mut game = Game {
        name: String::from("chess"),
        score: 0,
    };

    let mut win = || game.score += 3;

    println!("playing {}", game.name);
    win();
    win();

    println!("{} score {}", game.name, game.score);
}
