// Assigning to a variable while a borrow of it is still used.
fn main() {
    let mut level = 3;
    let watcher = &level;
    level = 4;
    println!("watcher sees {}", watcher);
    println!("level is {}", level);
}
