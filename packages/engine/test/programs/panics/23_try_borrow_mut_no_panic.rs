// try_borrow_mut returns Err instead of panicking.
use std::cell::RefCell;

fn main() {
    let cell = RefCell::new(String::from("draft"));
    let guard = cell.borrow_mut();
    match cell.try_borrow_mut() {
        Ok(_) => println!("got a second borrow"),
        Err(e) => println!("second borrow failed: {}", e),
    }
    match cell.try_borrow() {
        Ok(_) => println!("got a shared borrow"),
        Err(e) => println!("shared borrow failed: {:?}", e),
    }
    drop(guard);
    cell.borrow_mut().push_str(" v2");
    println!("text = {}", cell.borrow());
}
