// collect can build many collections; tell it which one.
use std::collections::{BTreeMap, BTreeSet};

fn main() {
    let words = "the quick brown fox jumps over the lazy dog";

    let list = words.split(' ').collect::<Vec<_>>();
    println!("{} words", list.len());

    let unique = words.split(' ').collect::<BTreeSet<&str>>();
    println!("unique: {:?}", unique);

    let lengths: BTreeMap<&str, usize> = unique.iter().map(|w| (*w, w.len())).collect();
    println!("len of 'quick' = {}", lengths["quick"]);

    let initials = list.iter().map(|w| w.chars().next().unwrap()).collect::<String>();
    println!("initials: {}", initials);

    let squares = (1..=5).map(|n| n * n).collect::<Vec<u32>>();
    let total: u32 = squares.iter().sum();
    println!("{:?} sum = {}", squares, total);

    let parsed = ["1", "2", "three"]
        .iter()
        .map(|s| s.parse::<i32>())
        .collect::<Result<Vec<_>, _>>();
    println!("all parsed? {}", parsed.is_ok());
}
