// Reversing a singly linked list in place using Option::take.
#[derive(Debug)]
struct Node {
    val: i32,
    next: Option<Box<Node>>,
}

fn from_vec(values: &[i32]) -> Option<Box<Node>> {
    let mut head: Option<Box<Node>> = None;
    for &v in values.iter().rev() {
        head = Some(Box::new(Node { val: v, next: head }));
    }
    head
}

fn reverse(mut head: Option<Box<Node>>) -> Option<Box<Node>> {
    let mut prev: Option<Box<Node>> = None;
    while let Some(mut node) = head.take() {
        head = node.next.take();
        node.next = prev;
        prev = Some(node);
    }
    prev
}

fn to_vec(head: &Option<Box<Node>>) -> Vec<i32> {
    let mut out = Vec::new();
    let mut cur = head;
    while let Some(node) = cur {
        out.push(node.val);
        cur = &node.next;
    }
    out
}

fn main() {
    let list = from_vec(&[1, 2, 3, 4, 5]);
    println!("before: {:?}", to_vec(&list));
    let list = reverse(list);
    println!("after:  {:?}", to_vec(&list));
    let single = reverse(from_vec(&[42]));
    println!("single: {:?}", to_vec(&single));
    let empty = reverse(from_vec(&[]));
    println!("empty:  {:?} is_none={}", to_vec(&empty), empty.is_none());
    let two = reverse(from_vec(&[7, 8]));
    println!("{:?}", two);
}
