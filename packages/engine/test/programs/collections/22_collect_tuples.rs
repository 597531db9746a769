use std::collections::HashMap;

fn main() {
    let pairs = vec![("a", 1), ("b", 2), ("c", 3)];
    let map: HashMap<&str, i32> = pairs.into_iter().collect();
    println!("len: {}", map.len());
    println!("b = {}", map["b"]);

    let squares: HashMap<i32, i32> = (1..=5).map(|x| (x, x * x)).collect();
    let mut keys: Vec<i32> = squares.keys().copied().collect();
    keys.sort();
    for k in keys {
        println!("{}^2 = {}", k, squares[&k]);
    }

    let words = vec![String::from("hi"), String::from("hello")];
    let lengths: HashMap<String, usize> = words
        .iter()
        .map(|w| (w.clone(), w.len()))
        .collect();
    println!("hello has {} letters", lengths["hello"]);
    println!("words still usable: {}", words.len());
}
