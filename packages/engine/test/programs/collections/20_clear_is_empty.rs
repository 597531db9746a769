use std::collections::HashMap;

fn main() {
    let mut cache: HashMap<u32, String> = HashMap::new();
    for i in 0..5 {
        cache.insert(i, format!("value{}", i));
    }
    println!("len: {}", cache.len());
    println!("empty: {}", cache.is_empty());

    cache.clear();
    println!("len after clear: {}", cache.len());
    println!("empty after clear: {}", cache.is_empty());
    println!("get 3: {:?}", cache.get(&3));

    // the map can be reused after clearing
    cache.insert(42, String::from("answer"));
    println!("len: {}", cache.len());
    println!("{:?}", cache);
}
