use std::sync::Mutex;

// Mistake: the guard binding is not `mut`, so it cannot be written through.
fn main() {
    let stock = Mutex::new(10);

    let guard = stock.lock().unwrap();
    *guard -= 3;
    drop(guard);

    println!("stock = {}", stock.lock().unwrap());
}
