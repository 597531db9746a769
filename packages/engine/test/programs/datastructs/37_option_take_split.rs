// Splitting a linked list in two with Option::take.
#[derive(Debug)]
struct Node {
    val: char,
    next: Option<Box<Node>>,
}

fn from_str(s: &str) -> Option<Box<Node>> {
    let mut head = None;
    for c in s.chars().rev() {
        head = Some(Box::new(Node { val: c, next: head }));
    }
    head
}

fn to_string(list: &Option<Box<Node>>) -> String {
    let mut s = String::new();
    let mut cur = list;
    while let Some(node) = cur {
        s.push(node.val);
        cur = &node.next;
    }
    s
}

/// Keeps the first `n` nodes in `list` and returns the rest.
fn split_off(list: &mut Option<Box<Node>>, n: usize) -> Option<Box<Node>> {
    if n == 0 {
        return list.take();
    }
    let mut cur = list.as_mut();
    for _ in 1..n {
        cur = match cur {
            Some(node) => node.next.as_mut(),
            None => return None,
        };
    }
    cur.and_then(|node| node.next.take())
}

fn main() {
    let mut word = from_str("rustacean");
    let tail = split_off(&mut word, 4);
    println!("head part: {:?}", to_string(&word));
    println!("tail part: {:?}", to_string(&tail));

    let mut short = from_str("ab");
    let nothing = split_off(&mut short, 5);
    println!("short: {:?} / {:?}", to_string(&short), to_string(&nothing));

    let mut all = from_str("xyz");
    let moved = split_off(&mut all, 0);
    println!("all: {:?} / {:?}", to_string(&all), to_string(&moved));
}
