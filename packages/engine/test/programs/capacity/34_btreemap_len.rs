// BTreeMap has no capacity: it allocates node by node.
use std::collections::BTreeMap;

fn main() {
    let mut grades: BTreeMap<&str, u8> = BTreeMap::new();
    println!("empty: len={}", grades.len());
    grades.insert("mia", 91);
    grades.insert("leo", 78);
    grades.insert("ava", 85);
    grades.insert("leo", 82);
    println!("len={}", grades.len());
    for (name, g) in &grades {
        println!("{} -> {}", name, g);
    }
    grades.remove("mia");
    println!("after remove: len={} first={:?}", grades.len(), grades.iter().next());
}
