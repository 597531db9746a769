// Keep a copy of each item before changing the list.
fn backup<T>(items: &Vec<T>) -> Vec<T> {
    let mut copy = Vec::new();
    for item in items {
        copy.push(item.clone());
    }
    copy
}

fn main() {
    let original = vec![String::from("a"), String::from("b")];
    let saved = backup(&original);
    println!("{:?} {:?}", original, saved);
}
