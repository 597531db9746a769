use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;

type Job = Box<dyn FnOnce() -> u64 + Send + 'static>;

struct ThreadPool {
    workers: Vec<thread::JoinHandle<u64>>,
    sender: Option<mpsc::Sender<Job>>,
}

impl ThreadPool {
    fn new(size: usize) -> ThreadPool {
        let (sender, receiver) = mpsc::channel::<Job>();
        let receiver = Arc::new(Mutex::new(receiver));
        let mut workers = Vec::with_capacity(size);
        for _ in 0..size {
            let receiver = Arc::clone(&receiver);
            workers.push(thread::spawn(move || {
                let mut done = 0;
                loop {
                    // Lock only long enough to take one job.
                    let message = receiver.lock().unwrap().recv();
                    match message {
                        Ok(job) => done += job(),
                        Err(_) => break,
                    }
                }
                done
            }));
        }
        ThreadPool { workers, sender: Some(sender) }
    }

    fn execute<F>(&self, f: F)
    where
        F: FnOnce() -> u64 + Send + 'static,
    {
        self.sender.as_ref().unwrap().send(Box::new(f)).unwrap();
    }

    fn shutdown(mut self) -> u64 {
        drop(self.sender.take());
        self.workers.drain(..).map(|w| w.join().unwrap()).sum()
    }
}

fn main() {
    let pool = ThreadPool::new(3);
    for i in 1..=12u64 {
        pool.execute(move || i * i);
    }
    let total = pool.shutdown();
    println!("sum of squares 1..=12 = {}", total);
}
