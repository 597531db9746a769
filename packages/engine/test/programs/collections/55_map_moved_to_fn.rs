use std::collections::HashMap;

fn print_total(map: HashMap<String, u32>) {
    let total: u32 = map.values().sum();
    println!("total: {}", total);
}

fn main() {
    let mut votes: HashMap<String, u32> = HashMap::new();
    votes.insert(String::from("yes"), 12);
    votes.insert(String::from("no"), 7);

    print_total(votes);

    // votes was moved into print_total
    votes.insert(String::from("abstain"), 2);
    println!("options: {}", votes.len());
}
