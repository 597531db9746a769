// Normalising a username: trim it and make it lowercase.
fn normalize(name: &str) -> &str {
    let lowered = name.trim().to_lowercase();
    // Return the cleaned-up name.
    &lowered
}

fn main() {
    let users = ["  Alice", "BOB  ", "Carol"];
    for u in users {
        println!("{:?} -> {:?}", u, normalize(u));
    }
}
