// Elements of a Vec are dropped when removed or when the Vec goes away.
struct Job {
    id: u32,
}

impl Drop for Job {
    fn drop(&mut self) {
        println!("  job {} dropped", self.id);
    }
}

fn main() {
    let mut jobs: Vec<Job> = (1..=5).map(|id| Job { id }).collect();
    println!("created {} jobs", jobs.len());

    println!("pop:");
    let last = jobs.pop();
    println!("popped {}", last.as_ref().unwrap().id);
    drop(last);

    println!("truncate to 2:");
    jobs.truncate(2);

    println!("remove index 0:");
    let first = jobs.remove(0);
    println!("removed {}", first.id);

    println!("push 9 and clear by reassign:");
    jobs.push(Job { id: 9 });
    jobs = Vec::new();
    println!("jobs now has {}", jobs.len());
    println!("end of main");
}
