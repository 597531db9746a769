use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Page {
    number: u32,
    next: RefCell<Option<Rc<Page>>>,
    prev: RefCell<Weak<Page>>,
}

fn page(number: u32) -> Rc<Page> {
    Rc::new(Page { number, next: RefCell::new(None), prev: RefCell::new(Weak::new()) })
}

fn link(a: &Rc<Page>, b: &Rc<Page>) {
    *a.next.borrow_mut() = Some(Rc::clone(b));
    *b.prev.borrow_mut() = Rc::downgrade(a);
}

fn main() {
    let p1 = page(1);
    let p2 = page(2);
    let p3 = page(3);
    link(&p1, &p2);
    link(&p2, &p3);

    for p in [&p1, &p2, &p3] {
        println!("page {}: strong={} weak={}", p.number, Rc::strong_count(p), Rc::weak_count(p));
    }

    // Walk backwards from the last page.
    let mut cur = Some(Rc::clone(&p3));
    let mut back = Vec::new();
    while let Some(p) = cur {
        back.push(p.number);
        cur = p.prev.borrow().upgrade();
    }
    println!("backwards: {:?}", back);

    drop(p1);
    println!("p2 has a previous page? {}", p2.prev.borrow().upgrade().is_some());
}
