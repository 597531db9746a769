// unwrap on None panics.
fn find_user(id: u32) -> Option<&'static str> {
    match id {
        1 => Some("alice"),
        2 => Some("bob"),
        _ => None,
    }
}

fn main() {
    for id in 1..=3 {
        let name = find_user(id).unwrap();
        println!("user {} is {}", id, name);
    }
}
