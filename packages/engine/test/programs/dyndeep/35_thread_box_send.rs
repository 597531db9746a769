use std::thread;

trait Job {
    fn run(&self) -> u64;
}

struct Sum { upto: u64 }
struct Product { upto: u64 }

impl Job for Sum {
    fn run(&self) -> u64 { (1..=self.upto).sum() }
}
impl Job for Product {
    fn run(&self) -> u64 { (1..=self.upto).product() }
}

fn main() {
    // `+ Send` lets the boxed job move to another thread.
    let jobs: Vec<Box<dyn Job + Send>> = vec![
        Box::new(Sum { upto: 10 }),
        Box::new(Product { upto: 5 }),
        Box::new(Sum { upto: 100 }),
    ];
    let handles: Vec<_> = jobs
        .into_iter()
        .map(|job| thread::spawn(move || job.run()))
        .collect();
    for (i, h) in handles.into_iter().enumerate() {
        println!("job {} = {}", i, h.join().unwrap());
    }
}
