use std::thread;

fn greet(name: &str) -> String {
    format!("Hello, {}!", name)
}

// Mistake: `name` is borrowed by a 'static thread closure.
fn main() {
    let name = String::from("Ferris");
    let handle = thread::spawn(|| greet(&name));
    let msg = handle.join().unwrap();
    println!("{}", msg);
}
