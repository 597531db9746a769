// Lab 2, exercise 3: reverse a list in place without allocating.
// Three "pointers": prev, current, and the node we detach.

struct Node {
    val: u32,
    next: Option<Box<Node>>,
}

fn from_slice(values: &[u32]) -> Option<Box<Node>> {
    let mut head = None;
    for &v in values.iter().rev() {
        head = Some(Box::new(Node { val: v, next: head }));
    }
    head
}

fn print_list(label: &str, head: &Option<Box<Node>>) {
    let mut parts = Vec::new();
    let mut cur = head.as_ref();
    while let Some(node) = cur {
        parts.push(node.val.to_string());
        cur = node.next.as_ref();
    }
    println!("{}: [{}]", label, parts.join(" -> "));
}

fn reverse(mut head: Option<Box<Node>>) -> Option<Box<Node>> {
    let mut prev: Option<Box<Node>> = None;
    let mut steps = 0;
    while let Some(mut node) = head {
        head = node.next.take();
        node.next = prev;
        prev = Some(node);
        steps += 1;
    }
    println!("reversed in {} steps", steps);
    prev
}

fn main() {
    let list = from_slice(&[1, 2, 3, 4, 5]);
    print_list("original", &list);
    let list = reverse(list);
    print_list("reversed", &list);
    let list = reverse(list);
    print_list("back again", &list);

    let empty = reverse(None);
    print_list("empty", &empty);

    let single = reverse(from_slice(&[42]));
    print_list("single", &single);
}
