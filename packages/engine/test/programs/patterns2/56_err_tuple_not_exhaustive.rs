#[derive(Debug, Clone, Copy)]
enum Player {
    Rock,
    Paper,
    Scissors,
}

#[derive(Debug)]
enum Outcome {
    Win,
    Lose,
    Draw,
}

fn play(me: Player, them: Player) -> Outcome {
    use Player::*;
    match (me, them) {
        (Rock, Scissors) | (Paper, Rock) | (Scissors, Paper) => Outcome::Win,
        (Rock, Paper) | (Paper, Scissors) | (Scissors, Rock) => Outcome::Lose,
        (Rock, Rock) | (Paper, Paper) => Outcome::Draw,
    }
}

fn main() {
    println!("{:?}", play(Player::Rock, Player::Scissors));
    println!("{:?}", play(Player::Paper, Player::Scissors));
}
