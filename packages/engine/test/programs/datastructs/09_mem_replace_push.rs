use std::mem;

enum Link {
    Empty,
    More(Box<Node>),
}

struct Node {
    elem: i32,
    next: Link,
}

struct List {
    head: Link,
}

impl List {
    fn new() -> Self {
        List { head: Link::Empty }
    }

    fn push(&mut self, elem: i32) {
        let new_node = Box::new(Node {
            elem,
            next: mem::replace(&mut self.head, Link::Empty),
        });
        self.head = Link::More(new_node);
    }

    fn pop(&mut self) -> Option<i32> {
        match mem::replace(&mut self.head, Link::Empty) {
            Link::Empty => None,
            Link::More(node) => {
                self.head = node.next;
                Some(node.elem)
            }
        }
    }
}

impl Drop for List {
    fn drop(&mut self) {
        let mut cur = mem::replace(&mut self.head, Link::Empty);
        let mut freed = 0;
        while let Link::More(mut boxed) = cur {
            cur = mem::replace(&mut boxed.next, Link::Empty);
            freed += 1;
        }
        println!("dropped list, freed {} nodes", freed);
    }
}

fn main() {
    let mut list = List::new();
    for i in 1..=5 {
        list.push(i * i);
    }
    println!("pop -> {:?}", list.pop());
    println!("pop -> {:?}", list.pop());
    println!("end of main");
}
