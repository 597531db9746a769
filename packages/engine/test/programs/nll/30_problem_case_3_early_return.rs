// Early-return version of problem case #3: the borrow from `get`
// is returned on one path, so it covers the insert on the other.
use std::collections::HashMap;

fn lookup_or_add<'a>(names: &'a mut HashMap<u32, String>, id: u32) -> &'a String {
    if let Some(name) = names.get(&id) {
        return name;
    }
    names.insert(id, format!("guest{}", id));
    names.get(&id).unwrap()
}

fn main() {
    let mut names = HashMap::new();
    names.insert(1, "admin".to_string());
    println!("{}", lookup_or_add(&mut names, 1));
    println!("{}", lookup_or_add(&mut names, 2));
}
