// Lab 8 checkpoint: swap the values of the first two nodes of a list.

struct Node {
    val: i32,
    next: Option<Box<Node>>,
}

fn build(values: &[i32]) -> Option<Box<Node>> {
    let mut head = None;
    for &v in values.iter().rev() {
        head = Some(Box::new(Node { val: v, next: head }));
    }
    head
}

fn print(head: &Option<Box<Node>>) {
    let mut cur = head;
    while let Some(n) = cur {
        print!("{} ", n.val);
        cur = &n.next;
    }
    println!();
}

fn main() {
    let mut head = build(&[1, 2, 3, 4]);
    print(&head);

    let first = head.as_mut().unwrap();
    let second = head.as_mut().unwrap().next.as_mut().unwrap();
    std::mem::swap(&mut first.val, &mut second.val);

    print(&head);
}
