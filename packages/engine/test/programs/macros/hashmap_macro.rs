// A map literal: `key => value` pairs.
use std::collections::HashMap;

macro_rules! map {
    ($($k:expr => $v:expr),* $(,)?) => {{
        let mut m = HashMap::new();
        $( m.insert($k, $v); )*
        m
    }};
}

fn main() {
    let ages = map! {
        "alice" => 31,
        "bob" => 27,
    };
    let mut names: Vec<_> = ages.keys().collect();
    names.sort();
    println!("{:?}", names);
    println!("{}", ages["bob"]);
}
