// drain removes a range of elements and hands them out by value.
fn main() {
    let mut jobs = vec![
        String::from("compile"),
        String::from("test"),
        String::from("lint"),
        String::from("package"),
        String::from("deploy"),
    ];

    // Take the first two jobs for this worker.
    let batch: Vec<String> = jobs.drain(..2).collect();
    println!("worker got: {:?}", batch);
    println!("still queued: {:?}", jobs);

    // Drain the middle element only.
    for job in jobs.drain(1..2) {
        println!("skipping {}", job);
    }
    println!("after skip: {:?}", jobs);

    // Drain everything: the vector stays usable but empty.
    let rest: Vec<String> = jobs.drain(..).collect();
    println!("rest: {:?}, queue empty: {}", rest, jobs.is_empty());
    jobs.push(String::from("cleanup"));
    println!("new queue: {:?}", jobs);
}
