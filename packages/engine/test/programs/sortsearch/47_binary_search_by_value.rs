// Mistake: binary_search takes a reference to the value.
fn main() {
    let sorted = vec![10, 20, 30, 40];
    match sorted.binary_search(30) {
        Ok(i) => println!("found at {}", i),
        Err(i) => println!("insert at {}", i),
    }
}
