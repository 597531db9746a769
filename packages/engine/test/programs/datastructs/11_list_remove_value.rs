#[derive(Debug)]
struct Node {
    id: u32,
    next: Option<Box<Node>>,
}

fn build(ids: &[u32]) -> Option<Box<Node>> {
    let mut head: Option<Box<Node>> = None;
    for &id in ids.iter().rev() {
        head = Some(Box::new(Node { id, next: head }));
    }
    head
}

// Remove the first node whose id matches, return true if something was removed.
fn remove(head: &mut Option<Box<Node>>, target: u32) -> bool {
    let mut cur = head;
    loop {
        match cur {
            None => return false,
            Some(node) if node.id == target => {
                *cur = node.next.take();
                return true;
            }
            Some(node) => {
                cur = &mut node.next;
            }
        }
    }
}

fn ids(head: &Option<Box<Node>>) -> Vec<u32> {
    let mut v = vec![];
    let mut cur = head;
    while let Some(n) = cur {
        v.push(n.id);
        cur = &n.next;
    }
    v
}

fn main() {
    let mut list = build(&[101, 102, 103, 104]);
    println!("start: {:?}", ids(&list));
    println!("remove 103: {}", remove(&mut list, 103));
    println!("now:   {:?}", ids(&list));
    println!("remove 101: {}", remove(&mut list, 101));
    println!("now:   {:?}", ids(&list));
    println!("remove 999: {}", remove(&mut list, 999));
    println!("remove 104: {}", remove(&mut list, 104));
    println!("now:   {:?}", ids(&list));
}
