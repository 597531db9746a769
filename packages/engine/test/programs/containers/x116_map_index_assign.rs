use std::collections::HashMap;
fn main() {
    let mut m: HashMap<String, Vec<i32>> = HashMap::new();
    m.insert("a".to_string(), vec![1]);
    let k = "a".to_string();
    m[&k].push(2);
    let mut c: HashMap<&str, i32> = HashMap::new();
    c.insert("x", 1);
    c["x"] += 1;
    let r = &mut c["x"];
    *r = 3;
}
