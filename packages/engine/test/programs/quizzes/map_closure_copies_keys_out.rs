use std::collections::HashMap;
fn main() {
    let mut indegree: HashMap<&str, u32> = HashMap::new();
    indegree.insert("a", 0);
    indegree.insert("b", 1);
    let mut zero: Vec<&str> = indegree.iter().filter(|(_, &d)| d == 0).map(|(&c, _)| c).collect();
    let keys: Vec<&str> = indegree.keys().map(|k| *k).collect();
    *indegree.get_mut("b").unwrap() -= 1;
    zero.sort();
    println!("{:?} {}", zero, keys.len());
}
