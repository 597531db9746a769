use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Employee {
    name: String,
    manager: RefCell<Weak<Employee>>,
}

fn main() {
    let boss = Rc::new(Employee { name: "Grace".into(), manager: RefCell::new(Weak::new()) });
    let dev = Rc::new(Employee { name: "Linus".into(), manager: RefCell::new(Weak::new()) });

    // Student mistake: the field holds a Weak, so use Rc::downgrade
    *dev.manager.borrow_mut() = Rc::clone(&boss);

    let m = dev.manager.borrow().upgrade().unwrap();
    println!("{} reports to {}", dev.name, m.name);
}
