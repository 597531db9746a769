// `move` forces the closure to take ownership of what it captures.
fn main() {
    let city = String::from("Lisbon");
    let describe = move || format!("{} has {} letters", city, city.len());

    println!("{}", describe());
    println!("{}", describe());

    // Copy types are copied into a move closure, so the original stays usable.
    let temperature = 21;
    let report = move || temperature + 2;
    println!("forecast: {}, today: {}", report(), temperature);
}
