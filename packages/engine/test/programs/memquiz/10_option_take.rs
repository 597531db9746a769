#[derive(Debug)]
struct Job {
    title: String,
}

impl Drop for Job {
    fn drop(&mut self) {
        println!("job '{}' dropped", self.title);
    }
}

struct Worker {
    current: Option<Job>,
}

fn main() {
    let mut w = Worker {
        current: Some(Job { title: "compile".to_string() }),
    };
    let taken = w.current.take();
    println!("worker idle: {}", w.current.is_none());
    println!("taken: {:?}", taken.as_ref().map(|j| &j.title));
    drop(taken);
    println!("after drop");
    w.current = Some(Job { title: "test".to_string() });
    println!("end of main");
}
