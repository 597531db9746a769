// Puzzle: the closure gives away what it captured. Can we call it again?
fn main() {
    let greeting = String::from("hello");

    let consume = move || {
        let owned = greeting;
        owned.len()
    };

    println!("first call: {}", consume());
    println!("second call: {}", consume());
}
