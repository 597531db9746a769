// Lab 6, exercise 3: drain and retain.
// drain(range) removes a range and hands the elements to us; retain filters in place.

#[derive(Debug)]
struct Job {
    id: u32,
    priority: u8,
}

fn main() {
    let mut jobs: Vec<Job> = (1..=8).map(|id| Job { id, priority: (id * 3 % 5) as u8 }).collect();
    println!("all jobs: {:?}", jobs.iter().map(|j| (j.id, j.priority)).collect::<Vec<_>>());

    // Take the first three jobs out as a batch.
    let batch: Vec<Job> = jobs.drain(..3).collect();
    println!("batch ids = {:?}", batch.iter().map(|j| j.id).collect::<Vec<_>>());
    println!("left: len = {}, capacity = {}", jobs.len(), jobs.capacity());

    // Drop every job with priority 0.
    let before = jobs.len();
    jobs.retain(|j| j.priority > 0);
    println!("retain removed {} jobs", before - jobs.len());
    println!("remaining = {:?}", jobs);

    // retain_mut can edit the elements it keeps.
    jobs.retain_mut(|j| {
        j.priority -= 1;
        j.priority > 0
    });
    println!("after retain_mut = {:?}", jobs);

    // drain(..) empties the vec but keeps its buffer.
    let cap = jobs.capacity();
    let ids: Vec<u32> = jobs.drain(..).map(|j| j.id).collect();
    println!("drained ids = {:?}, len = {}, capacity unchanged = {}", ids, jobs.len(), jobs.capacity() == cap);
}
