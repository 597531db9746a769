// Lab 8 checkpoint: append to the end of a list by walking a cursor.

struct Node {
    val: u8,
    next: Option<Box<Node>>,
}

fn append(head: &mut Option<Box<Node>>, val: u8) {
    let mut cursor = head;
    while let Some(node) = cursor.as_mut() {
        cursor = &mut node.next;
    }
    *cursor = Some(Box::new(Node { val, next: None }));
}

fn main() {
    let mut head = None;
    for v in [4, 5, 6] {
        append(&mut head, v);
    }
    let mut cur = &head;
    while let Some(n) = cur {
        print!("{} ", n.val);
        cur = &n.next;
    }
    println!();
}
