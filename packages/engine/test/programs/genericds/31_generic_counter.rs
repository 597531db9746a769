// Count how often each value appears. Works for any hashable, orderable T.
use std::collections::HashMap;
use std::hash::Hash;

fn tally<T: Hash + Eq + Ord + Clone>(items: &[T]) -> Vec<(T, usize)> {
    let mut counts: HashMap<T, usize> = HashMap::new();
    for item in items {
        *counts.entry(item.clone()).or_insert(0) += 1;
    }
    // sort so the output does not depend on hash order
    let mut pairs: Vec<(T, usize)> = counts.into_iter().collect();
    pairs.sort();
    pairs
}

fn most_common<T: Hash + Eq + Ord + Clone>(items: &[T]) -> Option<T> {
    let pairs = tally(items);
    let mut best: Option<&(T, usize)> = None;
    for p in &pairs {
        match best {
            Some(b) if b.1 >= p.1 => {}
            _ => best = Some(p),
        }
    }
    best.map(|p| p.0.clone())
}

fn main() {
    let rolls = [3, 6, 2, 6, 6, 1, 3];
    println!("{:?}", tally(&rolls));
    println!("most common roll: {:?}", most_common(&rolls));

    let votes = vec!["red", "blue", "red", "green", "blue", "red"];
    for (colour, n) in tally(&votes) {
        println!("{:>6}: {}", colour, n);
    }
    println!("winner: {:?}", most_common(&votes));
    println!("nothing: {:?}", most_common::<char>(&[]));
}
