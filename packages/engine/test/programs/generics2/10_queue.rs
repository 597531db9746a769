// A FIFO queue using a Vec (remove(0) is O(n), fine for class).
struct Queue<T> {
    older: Vec<T>,
}

impl<T> Queue<T> {
    pub fn new() -> Queue<T> {
        Queue { older: Vec::new() }
    }

    pub fn enqueue(&mut self, t: T) {
        self.older.push(t);
    }

    pub fn dequeue(&mut self) -> Option<T> {
        if self.older.is_empty() {
            None
        } else {
            Some(self.older.remove(0))
        }
    }

    pub fn size(&self) -> usize {
        self.older.len()
    }
}

fn main() {
    let mut q = Queue::new();
    q.enqueue("alice");
    q.enqueue("bob");
    q.enqueue("carol");
    println!("queue size = {}", q.size());

    println!("served: {:?}", q.dequeue());
    q.enqueue("dave");
    while let Some(name) = q.dequeue() {
        println!("served: {}", name);
    }
    println!("served: {:?}", q.dequeue());

    let mut jobs: Queue<(u32, &str)> = Queue::new();
    jobs.enqueue((1, "compile"));
    jobs.enqueue((2, "test"));
    let (id, what) = jobs.dequeue().unwrap();
    println!("job {} = {}, {} left", id, what, jobs.size());
}
