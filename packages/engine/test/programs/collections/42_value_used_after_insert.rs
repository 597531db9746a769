use std::collections::HashMap;

fn main() {
    let mut notes: HashMap<u32, String> = HashMap::new();
    let memo = String::from("buy milk");

    notes.insert(1, memo);
    notes.insert(2, String::from("call mom"));

    println!("notes: {}", notes.len());
    // memo was moved into the map above
    let shout = memo.to_uppercase();
    println!("{}", shout);

    if let Some(n) = notes.get(&2) {
        println!("note 2: {}", n);
    }
}
