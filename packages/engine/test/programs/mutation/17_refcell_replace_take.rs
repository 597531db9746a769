use std::cell::RefCell;

struct Queue {
    pending: RefCell<Vec<String>>,
}

impl Queue {
    fn add(&self, job: &str) {
        self.pending.borrow_mut().push(job.to_string());
    }

    // Take everything out at once, leaving an empty Vec behind.
    fn drain_all(&self) -> Vec<String> {
        self.pending.take()
    }
}

fn main() {
    let q = Queue { pending: RefCell::new(Vec::new()) };
    q.add("compile");
    q.add("test");
    let batch = q.drain_all();
    println!("batch 1: {:?}, left: {}", batch, q.pending.borrow().len());

    q.add("deploy");
    let old = q.pending.replace(vec![String::from("rollback")]);
    println!("replaced {:?} with {:?}", old, q.pending.borrow());

    let title = RefCell::new(String::from("draft"));
    let prev = title.replace(String::from("final"));
    println!("{} -> {}", prev, title.borrow());
}
