use std::collections::HashMap;

fn main() {
    let mut original: HashMap<String, Vec<i32>> = HashMap::new();
    original.insert(String::from("evens"), vec![2, 4]);
    original.insert(String::from("odds"), vec![1, 3]);

    // clone makes a deep copy: keys and values are cloned too
    let mut copy = original.clone();
    copy.get_mut("evens").unwrap().push(6);
    copy.remove("odds");
    copy.insert(String::from("primes"), vec![2, 3, 5]);

    println!("original len: {}", original.len());
    println!("copy len: {}", copy.len());
    println!("original evens: {:?}", original["evens"]);
    println!("copy evens: {:?}", copy["evens"]);
    println!("original has primes: {}", original.contains_key("primes"));
    println!("copy has odds: {}", copy.contains_key("odds"));
}
