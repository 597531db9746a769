use std::collections::HashMap;

// Counting votes per colour with an enum key.
#[derive(Debug, Clone, Copy, Hash, PartialEq, Eq, PartialOrd, Ord)]
enum Color {
    Red,
    Green,
    Blue,
}

fn parse(s: &str) -> Option<Color> {
    match s {
        "red" => Some(Color::Red),
        "green" => Some(Color::Green),
        "blue" => Some(Color::Blue),
        _ => None,
    }
}

fn main() {
    let ballots = "red blue blue green red blue purple blue";
    let mut votes: HashMap<Color, u32> = HashMap::new();
    let mut invalid = 0;
    for word in ballots.split_whitespace() {
        match parse(word) {
            Some(c) => *votes.entry(c).or_insert(0) += 1,
            None => invalid += 1,
        }
    }
    let mut tally: Vec<(Color, u32)> = votes.into_iter().collect();
    tally.sort();
    for (color, n) in &tally {
        println!("{:?}: {}", color, n);
    }
    println!("invalid: {}", invalid);
}
