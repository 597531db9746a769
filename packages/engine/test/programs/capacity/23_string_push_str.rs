// push_str reserves space for the whole slice.
fn main() {
    let mut greeting = String::new();
    greeting.push_str("Hi");
    println!("{:?}: len={} cap={}", greeting, greeting.len(), greeting.capacity());
    greeting.push_str(", there");
    println!("{:?}: len={} cap={}", greeting, greeting.len(), greeting.capacity());
    greeting.push_str(" -- welcome to the memory lecture!");
    println!("{:?}: len={} cap={}", greeting, greeting.len(), greeting.capacity());
}
