// kind: fix
// title: Let the list be changed
// tags: mutable-borrow
// difficulty: 1
// ---
fn add_twice(list: &mut Vec<u8>) {
    list.push(1);
    list.push(2);
}

fn main() {
    let list: Vec<u8> = Vec::new();
    add_twice(&mut list);
    println!("{:?}", list);
}
// === reference ===
fn add_twice(list: &mut Vec<u8>) {
    list.push(1);
    list.push(2);
}

fn main() {
    let mut list: Vec<u8> = Vec::new();
    add_twice(&mut list);
    println!("{:?}", list);
}
