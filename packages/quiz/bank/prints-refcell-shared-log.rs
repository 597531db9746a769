// kind: prints
// title: Two handles on one log
// tags: rc-refcell
// difficulty: 2
// mode: choice
// distractor: "[\"start\"]\n1\n"
// distractor: "[\"stop\"]\n1\n"
// ---
use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let log: Rc<RefCell<Vec<&str>>> = Rc::new(RefCell::new(Vec::new()));
    let writer = Rc::clone(&log);
    writer.borrow_mut().push("start");
    log.borrow_mut().push("stop");
    println!("{:?}", log.borrow());
    println!("{}", writer.borrow().len());
}
