use std::cell::RefCell;

fn main() {
    let log = RefCell::new(Vec::<String>::new());
    log.borrow_mut().push("start".to_string());
    println!("entries: {}", log.borrow().len());

    let reader = log.borrow();
    println!("first entry: {}", reader[0]);
    // reader is still alive here
    log.borrow_mut().push("oops".to_string());
    println!("never printed {}", reader.len());
}
