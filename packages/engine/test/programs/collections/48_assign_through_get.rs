use std::collections::HashMap;

fn main() {
    let mut temps: HashMap<&str, i32> = HashMap::new();
    temps.insert("mon", 18);
    temps.insert("tue", 21);

    let monday = temps.get("mon").unwrap();
    println!("monday was {}", monday);

    // get gives a shared reference; it cannot be used to change the value
    *monday = 25;

    println!("monday is now {}", temps["mon"]);
    println!("days: {}", temps.len());
}
