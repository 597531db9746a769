// Two live mutable borrows of a RefCell panic at run time.
use std::cell::RefCell;

fn main() {
    let log = RefCell::new(Vec::new());
    log.borrow_mut().push("start");
    {
        let mut first = log.borrow_mut();
        first.push("first borrow");
        println!("first borrow holds {} entries", first.len());
        let mut second = log.borrow_mut();
        second.push("second borrow");
    }
    println!("log = {:?}", log.borrow());
}
