use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Parent {
    name: &'static str,
    kids: RefCell<Vec<Rc<Child>>>,
}

struct Child {
    name: &'static str,
    parent: Weak<Parent>,
}

fn main() {
    let mom = Rc::new(Parent { name: "Maria", kids: RefCell::new(vec![]) });

    for kid in ["Leo", "Mia", "Noah"] {
        let c = Rc::new(Child { name: kid, parent: Rc::downgrade(&mom) });
        mom.kids.borrow_mut().push(c);
        println!("added {}: strong = {}, weak = {}", kid, Rc::strong_count(&mom), Rc::weak_count(&mom));
    }

    let mia = Rc::clone(&mom.kids.borrow()[1]);
    let parent_name = mia.parent.upgrade().map(|p| p.name).unwrap_or("none");
    println!("{}'s parent is {}", mia.name, parent_name);

    mom.kids.borrow_mut().clear();
    println!("after clear: weak = {}, mia strong = {}", Rc::weak_count(&mom), Rc::strong_count(&mia));

    drop(mom);
    println!("mia's parent alive? {}", mia.parent.upgrade().is_some());
}
