// A tiny singly linked list built from raw pointers and freed by hand.
struct Node {
    value: i32,
    next: *mut Node,
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("free node {}", self.value);
    }
}

fn push_front(head: *mut Node, value: i32) -> *mut Node {
    Box::into_raw(Box::new(Node { value, next: head }))
}

fn main() {
    let mut head: *mut Node = std::ptr::null_mut();
    for v in 1..=3 {
        head = push_front(head, v * 10);
    }

    let mut cur = head;
    let mut seen = Vec::new();
    while !cur.is_null() {
        unsafe {
            seen.push((*cur).value);
            cur = (*cur).next;
        }
    }
    println!("list: {:?}", seen);

    // Free every node exactly once.
    let mut cur = head;
    while !cur.is_null() {
        let boxed = unsafe { Box::from_raw(cur) };
        cur = boxed.next;
    }
    println!("all nodes freed");
}
