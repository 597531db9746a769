// Reverse a list, then print the original as well
#[derive(Debug)]
struct Node {
    val: i32,
    next: Option<Box<Node>>,
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

fn main() {
    let list = Some(Box::new(Node { val: 1, next: Some(Box::new(Node { val: 2, next: None })) }));
    let rev = reverse(list, None);
    println!("reversed: {:?}", rev);
    println!("original: {:?}", list);
}
