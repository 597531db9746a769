use std::rc::{Rc, Weak};

struct Owner {
    name: String,
}

impl Drop for Owner {
    fn drop(&mut self) {
        println!("{} is gone", self.name);
    }
}

fn main() {
    let weak: Weak<Owner>;
    {
        let strong = Rc::new(Owner { name: String::from("Gandalf") });
        weak = Rc::downgrade(&strong);
        println!("strong={} weak={}", Rc::strong_count(&strong), Rc::weak_count(&strong));
        match weak.upgrade() {
            Some(o) => println!("upgraded to {} (strong={})", o.name, Rc::strong_count(&o)),
            None => println!("already dropped"),
        }
        println!("leaving scope");
    }
    println!("upgrade now: {}", weak.upgrade().is_none());
}
