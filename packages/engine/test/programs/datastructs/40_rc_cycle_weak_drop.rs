// Owner/Gadget from Rust by Example-style teaching: Weak back-pointers let everything drop.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Owner {
    name: String,
    gadgets: RefCell<Vec<Weak<Gadget>>>,
}

struct Gadget {
    id: i32,
    owner: Rc<Owner>,
}

impl Drop for Owner {
    fn drop(&mut self) {
        println!("Owner {} dropped", self.name);
    }
}

impl Drop for Gadget {
    fn drop(&mut self) {
        println!("Gadget {} dropped", self.id);
    }
}

fn main() {
    let gadget_owner = Rc::new(Owner { name: "Gadget Man".to_string(), gadgets: RefCell::new(Vec::new()) });

    let gadget1 = Rc::new(Gadget { id: 1, owner: Rc::clone(&gadget_owner) });
    let gadget2 = Rc::new(Gadget { id: 2, owner: Rc::clone(&gadget_owner) });

    gadget_owner.gadgets.borrow_mut().push(Rc::downgrade(&gadget1));
    gadget_owner.gadgets.borrow_mut().push(Rc::downgrade(&gadget2));

    for gadget_opt in gadget_owner.gadgets.borrow().iter() {
        let gadget = gadget_opt.upgrade().unwrap();
        println!("Gadget {} owned by {}", gadget.id, gadget.owner.name);
    }
    println!("owner strong = {}, weak = {}", Rc::strong_count(&gadget_owner), Rc::weak_count(&gadget_owner));
    println!("gadget1 strong = {}, weak = {}", Rc::strong_count(&gadget1), Rc::weak_count(&gadget1));

    drop(gadget1);
    let alive = gadget_owner.gadgets.borrow().iter().filter(|w| w.upgrade().is_some()).count();
    println!("gadgets still alive: {}", alive);
    println!("end of main");
}
