use std::collections::HashMap;

fn main() {
    let mut lockers: HashMap<u32, String> = HashMap::new();
    lockers.insert(1, String::from("umbrella"));
    lockers.insert(2, String::from("laptop"));

    // remove hands ownership of the value back to us
    let item: Option<String> = lockers.remove(&2);
    match item {
        Some(mut thing) => {
            thing.push_str(" (collected)");
            println!("got: {}", thing);
        }
        None => println!("locker 2 was empty"),
    }

    let missing = lockers.remove(&9);
    println!("locker 9: {:?}", missing);

    let last = lockers.remove(&1).unwrap_or(String::from("nothing"));
    println!("locker 1 had: {}", last);
    println!("empty: {}", lockers.is_empty());
}
