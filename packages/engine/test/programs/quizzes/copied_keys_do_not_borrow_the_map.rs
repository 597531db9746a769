use std::collections::BTreeMap;
fn main() {
    let mut m: BTreeMap<&str, u32> = BTreeMap::new();
    m.insert("a", 0);
    let it = m.keys().copied();
    let keys: Vec<&str> = it.collect();
    m.insert("b", 1);
    println!("{:?} {}", keys, m.len());
}
