// Store raw pointers in a Vec, then give each one back to a Box.
struct Job {
    id: u32,
}

impl Drop for Job {
    fn drop(&mut self) {
        println!("job {} finished", self.id);
    }
}

fn main() {
    let mut handles: Vec<*mut Job> = Vec::new();
    for id in 1..=3 {
        handles.push(Box::into_raw(Box::new(Job { id })));
    }
    for &h in &handles {
        unsafe {
            (*h).id *= 100;
        }
    }
    println!("releasing jobs in reverse");
    while let Some(h) = handles.pop() {
        let job = unsafe { Box::from_raw(h) };
        println!("releasing {}", job.id);
    }
    println!("done");
}
