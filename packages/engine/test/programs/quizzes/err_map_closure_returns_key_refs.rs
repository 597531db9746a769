use std::collections::HashMap;
fn main() {
    let mut m: HashMap<&str, u32> = HashMap::new();
    m.insert("a", 0);
    let refs: Vec<&&str> = m.iter().map(|(k, _)| k).collect();
    m.insert("b", 1);
    println!("{:?}", refs);
}
