// Reverse a linked list recursively by moving nodes
#[derive(Debug)]
struct Node {
    val: i32,
    next: Option<Box<Node>>,
}

fn build(vals: &[i32]) -> Option<Box<Node>> {
    let (first, rest) = vals.split_first()?;
    Some(Box::new(Node { val: *first, next: build(rest) }))
}

fn reverse(head: Option<Box<Node>>, acc: Option<Box<Node>>) -> Option<Box<Node>> {
    match head {
        None => acc,
        Some(mut node) => {
            let next = node.next.take();
            node.next = acc;
            reverse(next, Some(node))
        }
    }
}

fn show(list: &Option<Box<Node>>) -> String {
    match list {
        None => "[]".to_string(),
        Some(n) => format!("{} :: {}", n.val, show(&n.next)),
    }
}

fn main() {
    let list = build(&[1, 2, 3, 4, 5]);
    println!("{}", show(&list));
    let rev = reverse(list, None);
    println!("{}", show(&rev));
}
