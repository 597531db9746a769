// Option::take moves the value out and leaves None.
struct Job(u32);

impl Drop for Job {
    fn drop(&mut self) {
        println!("job {} finished", self.0);
    }
}

struct Worker {
    current: Option<Job>,
}

impl Worker {
    fn finish(&mut self) -> Option<u32> {
        let job = self.current.take()?;
        println!("worker finishing job {}", job.0);
        Some(job.0)
    }
}

fn main() {
    let mut w = Worker { current: Some(Job(7)) };
    println!("first: {:?}", w.finish());
    println!("second: {:?}", w.finish());
    w.current = Some(Job(8));
    println!("assigned job 8");
    w.current = None;
    println!("cleared, is_none = {}", w.current.is_none());
}
