use std::collections::HashMap;

fn main() {
    let mut ids: HashMap<String, u32> = HashMap::new();
    ids.insert(String::from("root"), 0);
    ids.insert(String::from("alice"), 1000);
    ids.insert(String::from("bob"), 1001);

    // Indexing panics if the key is missing, so only use it when sure.
    let who = String::from("alice");
    println!("{} has id {}", who, ids[&who]);
    println!("bob has id {}", ids["bob"]);

    let root_id = ids["root"];
    println!("root id: {}", root_id);

    let users = ["bob", "alice", "root"];
    let mut sum = 0;
    for u in users.iter() {
        sum += ids[*u];
    }
    println!("sum of ids: {}", sum);
}
