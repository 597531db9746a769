// A mutable cursor that walks a linked list: each loop iteration
// moves the `&mut` borrow forward to the next node.
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

fn push_back(head: &mut Node, value: i32) {
    let mut cursor = head;
    while let Some(ref mut next) = cursor.next {
        cursor = next;
    }
    cursor.next = Some(Box::new(Node { value, next: None }));
}

fn print_list(head: &Node) {
    let mut cur = Some(head);
    let mut parts = Vec::new();
    while let Some(node) = cur {
        parts.push(node.value.to_string());
        cur = node.next.as_deref();
    }
    println!("{}", parts.join(" -> "));
}

fn main() {
    let mut head = Node { value: 1, next: None };
    for v in 2..=5 {
        push_back(&mut head, v * 10);
    }
    print_list(&head);
}
