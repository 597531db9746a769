use std::cell::RefCell;

fn main() {
    let names = RefCell::new(vec![String::from("Zed"), String::from("Amy")]);
    let first = names.borrow().first().unwrap();
    names.borrow_mut().sort();
    println!("first was {}", first);
}
