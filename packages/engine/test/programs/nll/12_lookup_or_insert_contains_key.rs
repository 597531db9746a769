// The usual workaround for "return the lookup or insert":
// check with contains_key first, so no borrow crosses the insert.
use std::collections::HashMap;

fn get_or_default<'m>(map: &'m mut HashMap<u32, String>, id: u32) -> &'m String {
    if !map.contains_key(&id) {
        map.insert(id, format!("user{}", id));
    }
    map.get(&id).unwrap()
}

fn main() {
    let mut users = HashMap::new();
    users.insert(7, String::from("root"));

    println!("{}", get_or_default(&mut users, 7));
    println!("{}", get_or_default(&mut users, 42));
    println!("{}", get_or_default(&mut users, 42));

    let mut ids: Vec<_> = users.keys().copied().collect();
    ids.sort();
    println!("ids: {:?}", ids);
}
