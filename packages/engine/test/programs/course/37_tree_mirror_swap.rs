// Lab 11, exercise 2: mirror a binary tree in place with mem::swap,
// and replace a subtree with mem::replace.
use std::mem;

#[derive(Debug)]
struct Node {
    v: i32,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

fn n(v: i32, left: Option<Box<Node>>, right: Option<Box<Node>>) -> Option<Box<Node>> {
    Some(Box::new(Node { v, left, right }))
}

fn mirror(t: &mut Option<Box<Node>>) {
    if let Some(node) = t.as_deref_mut() {
        mem::swap(&mut node.left, &mut node.right);
        mirror(&mut node.left);
        mirror(&mut node.right);
    }
}

fn pre_order(t: &Option<Box<Node>>, out: &mut Vec<i32>) {
    if let Some(node) = t {
        out.push(node.v);
        pre_order(&node.left, out);
        pre_order(&node.right, out);
    }
}

fn show(label: &str, t: &Option<Box<Node>>) {
    let mut out = Vec::new();
    pre_order(t, &mut out);
    println!("{:<10} {:?}", label, out);
}

fn main() {
    let mut tree = n(1, n(2, n(4, None, None), None), n(3, None, n(5, None, None)));
    show("original", &tree);
    mirror(&mut tree);
    show("mirrored", &tree);

    // Replace the left subtree and get the old one back.
    let root = tree.as_mut().unwrap();
    let old_left = mem::replace(&mut root.left, n(9, None, None));
    show("replaced", &tree);
    show("old left", &old_left);

    // Clear the right subtree with take.
    let right = tree.as_mut().and_then(|r| r.right.take());
    show("no right", &tree);
    println!("taken right root = {:?}", right.map(|r| r.v));
}
