// Lab 4 checkpoint: link two arena nodes to each other.

#[derive(Debug)]
struct Node {
    name: &'static str,
    next: Option<usize>,
    prev: Option<usize>,
}

struct Arena {
    nodes: Vec<Node>,
}

impl Arena {
    fn add(&mut self, name: &'static str) -> usize {
        self.nodes.push(Node { name, next: None, prev: None });
        self.nodes.len() - 1
    }
}

fn main() {
    let mut arena = Arena { nodes: Vec::new() };
    let a = arena.add("a");
    let b = arena.add("b");

    // Grab both nodes, then wire them up.
    let first = &mut arena.nodes[a];
    let second = &mut arena.nodes[b];
    first.next = Some(b);
    second.prev = Some(a);

    for node in &arena.nodes {
        println!("{:?}", node);
    }
}
