// Fixing "move out of &mut self": swap a placeholder in with std::mem::replace.
use std::mem;

#[derive(Debug)]
enum Job {
    Queued(String),
    Running(String),
    Done(String),
    Empty,
}

impl Job {
    fn advance(&mut self) {
        let old = mem::replace(self, Job::Empty);
        *self = match old {
            Job::Queued(n) => Job::Running(n),
            Job::Running(n) => Job::Done(n),
            done => done,
        };
    }
}

fn main() {
    let mut jobs = vec![Job::Queued("backup".into()), Job::Running("index".into())];
    for j in jobs.iter_mut() {
        j.advance();
    }
    println!("{:?}", jobs);
    jobs[0].advance();
    jobs[0].advance();
    println!("{:?}", jobs[0]);
}
