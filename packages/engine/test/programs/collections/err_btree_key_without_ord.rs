use std::collections::{BTreeSet, HashSet};
#[derive(Debug, PartialEq, Eq, Hash)]
struct Tag(u8);
fn main() {
    let mut s = HashSet::new();
    s.insert(Tag(1));
    println!("{}", s.contains(&Tag(1)));
    let mut b = BTreeSet::new();
    b.insert(Tag(2));
}
