#[derive(Debug)]
struct Node {
    value: u32,
    next: Option<Box<Node>>,
}

fn len_recursive(link: &Option<Box<Node>>) -> usize {
    match link {
        None => 0,
        Some(node) => 1 + len_recursive(&node.next),
    }
}

fn len_iterative(link: &Option<Box<Node>>) -> usize {
    let mut count = 0;
    let mut current = link;
    while let Some(node) = current {
        count += 1;
        current = &node.next;
    }
    count
}

fn sum(link: &Option<Box<Node>>) -> u32 {
    match link {
        None => 0,
        Some(node) => node.value + sum(&node.next),
    }
}

fn from_slice(values: &[u32]) -> Option<Box<Node>> {
    let mut head = None;
    for &v in values.iter().rev() {
        head = Some(Box::new(Node { value: v, next: head }));
    }
    head
}

fn main() {
    let list = from_slice(&[10, 20, 30, 40]);
    println!("recursive length = {}", len_recursive(&list));
    println!("iterative length = {}", len_iterative(&list));
    println!("sum = {}", sum(&list));

    let empty: Option<Box<Node>> = None;
    println!("empty length = {}", len_recursive(&empty));

    if let Some(first) = &list {
        println!("first node: {:?}", first.value);
        if let Some(second) = &first.next {
            println!("second node: {}", second.value);
        }
    }
}
