use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug)]
struct Task {
    title: String,
    done: bool,
}

fn main() {
    let all: Vec<Rc<RefCell<Task>>> = ["write", "test", "ship"]
        .iter()
        .map(|t| Rc::new(RefCell::new(Task { title: t.to_string(), done: false })))
        .collect();

    // A second view: only the urgent tasks, sharing the same data
    let urgent: Vec<Rc<RefCell<Task>>> = vec![Rc::clone(&all[0]), Rc::clone(&all[2])];

    for t in &urgent {
        t.borrow_mut().done = true;
    }

    for t in &all {
        let t = t.borrow();
        println!("{:<6} done={} strong={}", t.title, t.done, Rc::strong_count(&all[0]));
    }
}
