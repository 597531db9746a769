struct Job(&'static str);

impl Drop for Job {
    fn drop(&mut self) {
        println!("job {} cleaned up", self.0);
    }
}

fn run(j: Job) {
    println!("running {}", j.0);
}

fn process(urgent: bool) {
    let j = Job(if urgent { "urgent" } else { "normal" });
    if urgent {
        run(j);
    }
    println!("process({}) returns", urgent);
}

fn main() {
    process(true);
    process(false);
}
