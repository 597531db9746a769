// HashSet: union, difference, intersection, symmetric difference (sorted before printing).
use std::collections::HashSet;

fn sorted(set: impl Iterator<Item = i32>) -> Vec<i32> {
    let mut v: Vec<i32> = set.collect();
    v.sort();
    v
}

fn main() {
    let mut a: HashSet<i32> = vec![1i32, 2, 3].into_iter().collect();
    let mut b: HashSet<i32> = vec![2i32, 3, 4].into_iter().collect();

    assert!(a.insert(4));
    assert!(a.contains(&4));
    println!("inserting 4 again: {}", a.insert(4));
    b.insert(5);

    println!("A: {:?}", sorted(a.iter().copied()));
    println!("B: {:?}", sorted(b.iter().copied()));
    println!("Union: {:?}", sorted(a.union(&b).copied()));
    println!("Difference: {:?}", sorted(a.difference(&b).copied()));
    println!("Intersection: {:?}", sorted(a.intersection(&b).copied()));
    println!("Symmetric Difference: {:?}", sorted(a.symmetric_difference(&b).copied()));

    let words = ["apple", "pear", "apple", "fig", "pear"];
    let unique: HashSet<&str> = words.iter().cloned().collect();
    println!("{} unique words out of {}", unique.len(), words.len());
    println!("is subset: {}", [2, 3].iter().copied().collect::<HashSet<i32>>().is_subset(&a));
}
