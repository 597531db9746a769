use std::mem;

#[derive(Debug)]
struct Node {
    val: u32,
    next: Option<Box<Node>>,
}

fn main() {
    let mut head = Some(Box::new(Node {
        val: 1,
        next: Some(Box::new(Node { val: 2, next: Some(Box::new(Node { val: 3, next: None })) })),
    }));

    // detach the tail after the first node
    let tail = match head.as_mut() {
        Some(first) => mem::take(&mut first.next),
        None => None,
    };
    println!("head now: {:?}", head);
    println!("tail: {:?}", tail);

    // take the whole list, leaving None behind
    let old = mem::take(&mut head);
    println!("head after take: {:?}", head);
    println!("old value: {}", old.map(|n| n.val).unwrap_or(0));

    let mut names = vec![String::from("x"), String::from("y")];
    let moved = mem::take(&mut names);
    println!("names = {:?}, moved = {:?}", names, moved);
}
