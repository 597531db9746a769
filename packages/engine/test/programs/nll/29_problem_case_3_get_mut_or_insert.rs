// "NLL problem case #3": return the value found by get_mut,
// otherwise insert one. Current rustc still rejects this.
use std::collections::HashMap;

fn get_default<'m>(map: &'m mut HashMap<String, Vec<u32>>, key: &str) -> &'m mut Vec<u32> {
    match map.get_mut(key) {
        Some(v) => v,
        None => map.entry(key.to_string()).or_default(),
    }
}

fn main() {
    let mut map = HashMap::new();
    get_default(&mut map, "a").push(1);
    get_default(&mut map, "a").push(2);
    println!("{:?}", map.get("a"));
}
