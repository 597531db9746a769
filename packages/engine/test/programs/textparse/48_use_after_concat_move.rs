// Joining a first and last name.
fn main() {
    let first = String::from("Grace");
    let last = String::from("Hopper");
    let full = first + " " + &last;
    println!("full name: {}", full);
    println!("first name has {} letters", first.len());
}
