// Mistake: a &mut self transition tries to move the data out of self.
#[derive(Debug)]
enum Job {
    Queued(String),
    Running(String),
    Done,
}

impl Job {
    fn start(&mut self) {
        *self = match *self {
            Job::Queued(name) => Job::Running(name),
            Job::Running(name) => Job::Running(name),
            Job::Done => Job::Done,
        };
    }
}

fn main() {
    let mut j = Job::Queued("backup".to_string());
    j.start();
    println!("{:?}", j);
}
