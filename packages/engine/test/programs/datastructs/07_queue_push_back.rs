// A FIFO queue on a singly linked list: enqueue walks to the end with a &mut cursor.
struct Node {
    name: String,
    next: Option<Box<Node>>,
}

struct Queue {
    head: Option<Box<Node>>,
}

impl Queue {
    fn new() -> Self {
        Queue { head: None }
    }

    fn enqueue(&mut self, name: &str) {
        let mut cursor = &mut self.head;
        while let Some(node) = cursor {
            cursor = &mut node.next;
        }
        *cursor = Some(Box::new(Node { name: name.to_string(), next: None }));
    }

    fn dequeue(&mut self) -> Option<String> {
        match self.head.take() {
            Some(node) => {
                self.head = node.next;
                Some(node.name)
            }
            None => None,
        }
    }

    fn len(&self) -> usize {
        let mut n = 0;
        let mut cur = self.head.as_ref();
        while let Some(node) = cur {
            n += 1;
            cur = node.next.as_ref();
        }
        n
    }
}

fn main() {
    let mut q = Queue::new();
    q.enqueue("Alice");
    q.enqueue("Bob");
    q.enqueue("Carol");
    println!("waiting: {}", q.len());

    if let Some(first) = q.dequeue() {
        println!("serving {}", first);
    }
    q.enqueue("Dave");
    while let Some(customer) = q.dequeue() {
        println!("serving {}", customer);
    }
    println!("waiting: {}", q.len());
}
