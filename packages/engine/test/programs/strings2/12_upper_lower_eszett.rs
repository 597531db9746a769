// Case conversion is Unicode-aware and can change the length.
fn main() {
    let street = "Straße";
    let upper = street.to_uppercase();
    println!("{} -> {}", street, upper);
    println!("lengths: {} -> {}", street.chars().count(), upper.chars().count());

    println!("{}", "ÜBER DIE BRÜCKE".to_lowercase());
    println!("{}", "ПРИВЕТ".to_lowercase());
    println!("{}", "hello, wörld".to_uppercase());

    // char::to_uppercase returns an iterator, because ß becomes "SS".
    let eszett = 'ß';
    let up: String = eszett.to_uppercase().collect();
    println!("'{}' upper = \"{}\" ({} chars)", eszett, up, eszett.to_uppercase().count());

    // ASCII-only variants leave non-ASCII alone.
    println!("{}", "Straße".to_ascii_uppercase());
    let mut shout = String::from("rust é");
    shout.make_ascii_uppercase();
    println!("{}", shout);
}
