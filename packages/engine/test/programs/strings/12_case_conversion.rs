fn main() {
    let name = "Ada Lovelace";
    println!("upper: {}", name.to_uppercase());
    println!("lower: {}", name.to_lowercase());

    // German sharp s grows when uppercased
    let street = "Straße";
    println!("{} -> {} ({} -> {} chars)", street, street.to_uppercase(),
        street.chars().count(), street.to_uppercase().chars().count());

    // ASCII-only helpers
    let mut code = String::from("abc-123");
    code.make_ascii_uppercase();
    println!("in place: {}", code);
    println!("ascii lower: {}", "HeLLo".to_ascii_lowercase());

    // case-insensitive comparison
    let a = "Rust";
    let b = "rUST";
    println!("eq_ignore_ascii_case: {}", a.eq_ignore_ascii_case(b));
    println!("lowercase compare: {}", a.to_lowercase() == b.to_lowercase());

    // swap case, char by char
    let swapped: String = "Hello World".chars().map(|c| {
        if c.is_uppercase() { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() }
    }).collect();
    println!("swapped: {}", swapped);
}
