use std::collections::HashMap;
use std::hash::Hash;

// Count how often each value appears; sort the output so it is deterministic.
fn frequencies<T>(items: &[T]) -> Vec<(T, usize)>
where
    T: Hash + Eq + Ord + Clone,
{
    let mut counts: HashMap<T, usize> = HashMap::new();
    for it in items {
        *counts.entry(it.clone()).or_insert(0) += 1;
    }
    let mut out: Vec<(T, usize)> = counts.into_iter().collect();
    out.sort();
    out
}

fn main() {
    let grades = ['B', 'A', 'C', 'A', 'B', 'A'];
    for (g, n) in frequencies(&grades) {
        println!("{}: {}", g, n);
    }

    let cities = vec!["Oslo", "Lima", "Oslo", "Kyiv"];
    println!("{:?}", frequencies(&cities));

    let dice = [4u8, 4, 2, 6, 4];
    println!("{:?}", frequencies(&dice));
}
