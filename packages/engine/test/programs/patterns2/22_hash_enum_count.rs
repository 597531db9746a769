use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Color {
    Red,
    Green,
    Blue,
    Yellow,
}

fn parse(c: char) -> Option<Color> {
    match c {
        'R' | 'r' => Some(Color::Red),
        'G' | 'g' => Some(Color::Green),
        'B' | 'b' => Some(Color::Blue),
        'Y' | 'y' => Some(Color::Yellow),
        _ => None,
    }
}

fn main() {
    let marbles = "RGBRRyYgBxRb?G";
    let mut counts: HashMap<Color, usize> = HashMap::new();
    let mut unknown = 0;
    for ch in marbles.chars() {
        match parse(ch) {
            Some(color) => *counts.entry(color).or_insert(0) += 1,
            None => unknown += 1,
        }
    }
    let mut sorted: Vec<(Color, usize)> = counts.into_iter().collect();
    sorted.sort();
    for (color, n) in &sorted {
        println!("{:?}: {}", color, n);
    }
    println!("unknown: {}", unknown);

    sorted.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    println!("most common: {:?}", sorted[0]);

    let seen: HashSet<Color> = "rgRG".chars().filter_map(parse).collect();
    let mut seen: Vec<_> = seen.into_iter().collect();
    seen.sort();
    println!("distinct in rgRG: {:?}", seen);
}
