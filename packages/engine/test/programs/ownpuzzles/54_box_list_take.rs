// Puzzle: reversing a singly linked list with Option::take.
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

fn push(head: Option<Box<Node>>, value: i32) -> Option<Box<Node>> {
    Some(Box::new(Node { value, next: head }))
}

fn reverse(mut head: Option<Box<Node>>) -> Option<Box<Node>> {
    let mut reversed: Option<Box<Node>> = None;
    while let Some(mut node) = head.take() {
        head = node.next.take();
        node.next = reversed;
        reversed = Some(node);
    }
    reversed
}

fn print_list(head: &Option<Box<Node>>) {
    let mut cur = head.as_ref();
    let mut parts = Vec::new();
    while let Some(node) = cur {
        parts.push(node.value.to_string());
        cur = node.next.as_ref();
    }
    println!("[{}]", parts.join(" -> "));
}

fn main() {
    let mut list = None;
    for v in 1..=4 {
        list = push(list, v);
    }
    print_list(&list);
    let list = reverse(list);
    print_list(&list);

    // Bump every value through a chain of &mut.
    let mut list = list;
    let mut cur = list.as_mut();
    while let Some(node) = cur {
        node.value *= 10;
        cur = node.next.as_mut();
    }
    print_list(&list);
}
