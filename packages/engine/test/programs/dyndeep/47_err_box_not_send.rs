use std::thread;

trait Task {
    fn run(&self) -> u32;
}

struct Double(u32);

impl Task for Double {
    fn run(&self) -> u32 { self.0 * 2 }
}

fn main() {
    let task: Box<dyn Task> = Box::new(Double(21));
    // Box<dyn Task> says nothing about Send.
    let h = thread::spawn(move || task.run());
    println!("{}", h.join().unwrap());
}
