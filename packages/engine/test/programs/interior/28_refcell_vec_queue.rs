use std::cell::RefCell;
use std::collections::VecDeque;

struct PrintQueue {
    jobs: RefCell<VecDeque<String>>,
    done: RefCell<Vec<String>>,
}

impl PrintQueue {
    fn submit(&self, job: &str) {
        self.jobs.borrow_mut().push_back(job.to_string());
    }

    fn run_one(&self) -> bool {
        // Pop first so the borrow of `jobs` ends before we touch `done`.
        let next = self.jobs.borrow_mut().pop_front();
        match next {
            Some(job) => {
                println!("printing {}", job);
                self.done.borrow_mut().push(job);
                true
            }
            None => false,
        }
    }
}

fn main() {
    let q = PrintQueue { jobs: RefCell::new(VecDeque::new()), done: RefCell::new(Vec::new()) };
    q.submit("report.pdf");
    q.submit("photo.png");
    q.run_one();
    q.submit("invoice.txt");
    while q.run_one() {}
    println!("waiting: {}", q.jobs.borrow().len());
    println!("done: {:?}", q.done.borrow());
}
