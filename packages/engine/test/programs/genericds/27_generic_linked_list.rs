// A singly linked stack: each node owns the next one through a Box.
struct Node<T> {
    value: T,
    next: Option<Box<Node<T>>>,
}

struct List<T> {
    head: Option<Box<Node<T>>>,
    len: usize,
}

impl<T: std::fmt::Debug> List<T> {
    fn new() -> Self {
        List { head: None, len: 0 }
    }

    fn push_front(&mut self, value: T) {
        let old = self.head.take();
        self.head = Some(Box::new(Node { value, next: old }));
        self.len += 1;
    }

    fn pop_front(&mut self) -> Option<T> {
        self.head.take().map(|node| {
            self.head = node.next;
            self.len -= 1;
            node.value
        })
    }

    fn peek(&self) -> Option<&T> {
        self.head.as_ref().map(|node| &node.value)
    }

    fn print(&self) {
        let mut cur = &self.head;
        print!("[");
        while let Some(node) = cur {
            print!(" {:?}", node.value);
            cur = &node.next;
        }
        println!(" ] len={}", self.len);
    }
}

fn main() {
    let mut list = List::new();
    list.push_front("c");
    list.push_front("b");
    list.push_front("a");
    list.print();
    println!("peek = {:?}", list.peek());
    println!("pop = {:?}", list.pop_front());
    list.print();

    let mut nums: List<Vec<i32>> = List::new();
    nums.push_front(vec![1, 2]);
    nums.print();
}
