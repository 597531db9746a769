// Lab 1, exercise 2: a FIFO queue made of two Vec stacks.
// Elements go into `inbox`; when `outbox` is empty we move everything over.

struct Queue {
    inbox: Vec<char>,
    outbox: Vec<char>,
    transfers: u32,
}

impl Queue {
    fn new() -> Self {
        Queue { inbox: Vec::new(), outbox: Vec::new(), transfers: 0 }
    }

    fn enqueue(&mut self, c: char) {
        self.inbox.push(c);
        println!("enqueue {} | inbox cap = {}", c, self.inbox.capacity());
    }

    fn dequeue(&mut self) -> Option<char> {
        if self.outbox.is_empty() {
            while let Some(c) = self.inbox.pop() {
                self.outbox.push(c);
            }
            self.transfers += 1;
        }
        self.outbox.pop()
    }

    fn len(&self) -> usize {
        self.inbox.len() + self.outbox.len()
    }
}

fn main() {
    let mut q = Queue::new();
    for c in "rust".chars() {
        q.enqueue(c);
    }

    print!("dequeue two: ");
    for _ in 0..2 {
        print!("{} ", q.dequeue().unwrap());
    }
    println!();

    q.enqueue('!');
    q.enqueue('?');
    println!("len = {}", q.len());

    let mut rest = String::new();
    while let Some(c) = q.dequeue() {
        rest.push(c);
    }
    println!("rest = {:?}", rest);
    println!("transfers = {}", q.transfers);
    println!("outbox capacity kept = {}", q.outbox.capacity());
}
