use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

// Equal values must produce equal hashes. Check it by hand.
#[derive(Hash, PartialEq, Eq, Debug)]
struct Version {
    major: u32,
    minor: u32,
    label: String,
}

fn hash_of<T: Hash>(value: &T) -> u64 {
    let mut h = DefaultHasher::new();
    value.hash(&mut h);
    h.finish()
}

fn main() {
    let a = Version { major: 1, minor: 4, label: "stable".into() };
    let b = Version { major: 1, minor: 4, label: "stable".into() };
    let c = Version { major: 1, minor: 5, label: "beta".into() };

    println!("a == b: {}", a == b);
    println!("hash(a) == hash(b): {}", hash_of(&a) == hash_of(&b));
    println!("a == c: {}", a == c);
    println!("hash(a) == hash(c): {}", hash_of(&a) == hash_of(&c));
    // Hashing twice gives the same result.
    println!("stable: {}", hash_of(&c) == hash_of(&c));
}
