// Quiz: an import with the same name as a local item.
use std::collections::HashMap;

struct HashMap {
    keys: Vec<String>,
}

fn main() {
    let m = HashMap { keys: vec![String::from("a")] };
    println!("{}", m.keys.len());
}
