// Walking a singly linked list with a cursor of type &mut Option<Box<Node>>.
#[derive(Debug)]
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

fn push_back(head: &mut Option<Box<Node>>, value: i32) {
    let mut cursor = head;
    while let Some(node) = cursor {
        cursor = &mut node.next;
    }
    *cursor = Some(Box::new(Node { value, next: None }));
}

fn sum(mut cur: &Option<Box<Node>>) -> i32 {
    let mut total = 0;
    while let Some(node) = cur {
        total += node.value;
        cur = &node.next;
    }
    total
}

fn double_all(head: &mut Option<Box<Node>>) {
    let mut cur = head.as_mut();
    while let Some(node) = cur {
        node.value *= 2;
        cur = node.next.as_mut();
    }
}

fn main() {
    let mut list: Option<Box<Node>> = None;
    for v in [3, 1, 4, 1, 5] {
        push_back(&mut list, v);
    }
    println!("sum = {}", sum(&list));
    double_all(&mut list);
    println!("sum after doubling = {}", sum(&list));
    if let Some(first) = list.as_ref() {
        println!("first = {}, has next = {}", first.value, first.next.is_some());
    }
}
