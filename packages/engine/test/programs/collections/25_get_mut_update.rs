use std::collections::HashMap;

fn main() {
    let mut lives: HashMap<String, i32> = HashMap::new();
    lives.insert(String::from("mario"), 3);
    lives.insert(String::from("luigi"), 2);

    if let Some(l) = lives.get_mut("mario") {
        *l -= 1;
    }

    match lives.get_mut("peach") {
        Some(l) => *l += 1,
        None => println!("peach is not playing"),
    }

    let luigi = lives.get_mut("luigi").unwrap();
    *luigi += 5;
    println!("luigi: {}", luigi);

    // The mutable borrow has ended, so we can read again.
    println!("mario: {}", lives["mario"]);
    println!("luigi: {}", lives["luigi"]);
    println!("players: {}", lives.len());
}
