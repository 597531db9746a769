use std::collections::VecDeque;

#[derive(Debug)]
enum Job {
    Print(String),
    Sum(Vec<i32>),
    Split(Vec<Job>),
    Stop,
}

fn main() {
    let mut queue: VecDeque<Job> = VecDeque::new();
    queue.push_back(Job::Print("starting".to_string()));
    queue.push_back(Job::Split(vec![
        Job::Sum(vec![1, 2, 3]),
        Job::Print("from split".to_string()),
        Job::Split(vec![Job::Sum(vec![10, 20])]),
    ]));
    queue.push_back(Job::Sum(vec![]));
    queue.push_back(Job::Stop);
    queue.push_back(Job::Print("never printed".to_string()));

    let mut processed = 0;
    while let Some(job) = queue.pop_front() {
        processed += 1;
        match job {
            Job::Print(msg) => println!("print: {}", msg),
            Job::Sum(nums) if nums.is_empty() => println!("sum: (nothing)"),
            Job::Sum(nums) => println!("sum: {}", nums.iter().sum::<i32>()),
            Job::Split(children) => {
                println!("split into {}", children.len());
                for child in children.into_iter().rev() {
                    queue.push_front(child);
                }
            }
            Job::Stop => {
                println!("stop requested");
                break;
            }
        }
    }
    println!("processed {} jobs, {} left", processed, queue.len());
    if let Some(Job::Print(rest)) = queue.front() {
        println!("left over: {}", rest);
    }
}
