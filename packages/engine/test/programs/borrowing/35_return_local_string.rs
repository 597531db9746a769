// "I want to return the cleaned-up name, so I'll return a &str."
fn clean_name(raw: &str) -> &str {
    let cleaned = raw.trim().to_lowercase();
    &cleaned
}

fn main() {
    let input = String::from("   Ferris  ");
    let name = clean_name(&input);
    println!("[{}]", name);
}
