// Lab 7, exercise 3: an iterative Drop for a linked list.
// The default drop is recursive: one stack frame per node. For long lists
// we unlink the nodes in a loop instead.

struct Node {
    value: u32,
    next: Option<Box<Node>>,
}

struct List {
    head: Option<Box<Node>>,
}

impl List {
    fn with_range(n: u32) -> List {
        let mut head = None;
        for v in (1..=n).rev() {
            head = Some(Box::new(Node { value: v, next: head }));
        }
        List { head }
    }

    fn len(&self) -> usize {
        let mut n = 0;
        let mut cur = &self.head;
        while let Some(node) = cur {
            n += 1;
            cur = &node.next;
        }
        n
    }
}

impl Drop for List {
    fn drop(&mut self) {
        let mut freed = 0;
        let mut cur = self.head.take();
        while let Some(mut node) = cur {
            cur = node.next.take();
            freed += 1;
            // `node` goes out of scope here with next == None, so no recursion.
        }
        println!("List dropped iteratively, freed {} nodes", freed);
    }
}

fn main() {
    let small = List::with_range(5);
    println!("small has {} nodes, head = {:?}", small.len(), small.head.as_ref().map(|n| n.value));

    {
        let big = List::with_range(10_000);
        println!("big has {} nodes", big.len());
    }
    println!("big is gone");

    let empty = List { head: None };
    println!("empty has {} nodes", empty.len());
    drop(empty);
    println!("end of main");
}
