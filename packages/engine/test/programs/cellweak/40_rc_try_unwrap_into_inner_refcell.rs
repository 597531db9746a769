use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let log = Rc::new(RefCell::new(Vec::new()));
    {
        let writer = Rc::clone(&log);
        writer.borrow_mut().push("boot");
        writer.borrow_mut().push("ready");
    }

    // Only one owner left: take the Vec out
    let entries: Vec<&str> = Rc::try_unwrap(log)
        .expect("still shared")
        .into_inner();
    println!("{:?}", entries);
}
