use std::collections::VecDeque;

fn main() {
    let mut jobs: VecDeque<u32> = (1..=3).collect();
    jobs.push_front(0);
    for _ in 0..5 {
        let job = jobs.pop_front().expect("job queue is empty");
        println!("processing job {}", job);
    }
}
