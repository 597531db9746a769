// Classic exercise: a queue made of two stacks (Vec is our stack here).
struct Queue<T> {
    inbox: Vec<T>,
    outbox: Vec<T>,
}

impl<T> Queue<T> {
    fn new() -> Self {
        Queue { inbox: Vec::new(), outbox: Vec::new() }
    }

    fn enqueue(&mut self, value: T) {
        self.inbox.push(value);
    }

    fn dequeue(&mut self) -> Option<T> {
        if self.outbox.is_empty() {
            while let Some(v) = self.inbox.pop() {
                self.outbox.push(v);
            }
        }
        self.outbox.pop()
    }

    fn len(&self) -> usize {
        self.inbox.len() + self.outbox.len()
    }
}

fn main() {
    let mut jobs = Queue::new();
    jobs.enqueue("compile");
    jobs.enqueue("test");
    jobs.enqueue("package");
    println!("jobs pending: {}", jobs.len());
    println!("next: {:?}", jobs.dequeue());
    jobs.enqueue("deploy");
    println!("inbox {} / outbox {}", jobs.inbox.len(), jobs.outbox.len());
    while let Some(job) = jobs.dequeue() {
        println!("running {}", job);
    }
    println!("empty dequeue: {:?}", jobs.dequeue());
}
