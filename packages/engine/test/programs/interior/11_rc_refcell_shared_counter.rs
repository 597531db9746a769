use std::cell::RefCell;
use std::rc::Rc;

struct Worker {
    name: &'static str,
    jobs_done: Rc<RefCell<u32>>,
}

impl Worker {
    fn work(&self, n: u32) {
        for _ in 0..n {
            *self.jobs_done.borrow_mut() += 1;
        }
        println!("{} finished {} jobs", self.name, n);
    }
}

fn main() {
    let total = Rc::new(RefCell::new(0));
    let team = [
        Worker { name: "anna", jobs_done: Rc::clone(&total) },
        Worker { name: "ben", jobs_done: Rc::clone(&total) },
        Worker { name: "cleo", jobs_done: Rc::clone(&total) },
    ];
    println!("handles to the counter: {}", Rc::strong_count(&total));
    for (i, w) in team.iter().enumerate() {
        w.work(i as u32 + 2);
    }
    println!("team total: {}", total.borrow());
    drop(team);
    println!("handles after team is gone: {}", Rc::strong_count(&total));
}
