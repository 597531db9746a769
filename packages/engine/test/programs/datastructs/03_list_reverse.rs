struct Node {
    val: i32,
    next: Option<Box<Node>>,
}

struct LinkedList {
    head: Option<Box<Node>>,
}

impl LinkedList {
    fn new() -> Self {
        LinkedList { head: None }
    }

    fn push_front(&mut self, val: i32) {
        let old = self.head.take();
        self.head = Some(Box::new(Node { val, next: old }));
    }

    fn reverse(&mut self) {
        let mut prev: Option<Box<Node>> = None;
        let mut curr = self.head.take();
        while let Some(mut node) = curr {
            curr = node.next.take();
            node.next = prev;
            prev = Some(node);
        }
        self.head = prev;
    }

    fn to_vec(&self) -> Vec<i32> {
        let mut out = Vec::new();
        let mut cur = &self.head;
        while let Some(node) = cur {
            out.push(node.val);
            cur = &node.next;
        }
        out
    }
}

fn main() {
    let mut list = LinkedList::new();
    for v in [5, 4, 3, 2, 1] {
        list.push_front(v);
    }
    println!("before: {:?}", list.to_vec());
    list.reverse();
    println!("after:  {:?}", list.to_vec());
    list.reverse();
    println!("again:  {:?}", list.to_vec());

    let mut single = LinkedList::new();
    single.push_front(42);
    single.reverse();
    println!("single: {:?}", single.to_vec());
}
