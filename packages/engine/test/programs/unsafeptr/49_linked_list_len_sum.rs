// Build a list tail-first with raw next pointers, walk it, then free it.
struct Node {
    data: u32,
    next: *mut Node,
}

struct List {
    head: *mut Node,
}

impl List {
    fn new() -> Self {
        List { head: std::ptr::null_mut() }
    }

    fn push(&mut self, data: u32) {
        let node = Box::new(Node { data, next: self.head });
        self.head = Box::into_raw(node);
    }

    fn sum(&self) -> u32 {
        let mut total = 0;
        let mut cur = self.head;
        while !cur.is_null() {
            unsafe {
                total += (*cur).data;
                cur = (*cur).next;
            }
        }
        total
    }
}

impl Drop for List {
    fn drop(&mut self) {
        let mut freed = 0;
        let mut cur = self.head;
        while !cur.is_null() {
            let node = unsafe { Box::from_raw(cur) };
            cur = node.next;
            freed += 1;
        }
        println!("list freed {} nodes", freed);
    }
}

fn main() {
    let mut list = List::new();
    for d in [4, 8, 15, 16, 23, 42] {
        list.push(d);
    }
    println!("sum = {}", list.sum());
}
