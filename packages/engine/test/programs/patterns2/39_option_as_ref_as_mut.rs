#[derive(Debug)]
struct Node {
    name: String,
    child: Option<Box<Node>>,
}

fn depth(n: &Node) -> usize {
    match n.child.as_ref() {
        Some(c) => 1 + depth(c),
        None => 1,
    }
}

fn last_name(n: &Node) -> &str {
    let mut cur = n;
    while let Some(next) = &cur.child {
        cur = next;
    }
    &cur.name
}

fn append(n: &mut Node, name: &str) {
    match n.child.as_mut() {
        Some(c) => append(c, name),
        None => n.child = Some(Box::new(Node { name: name.to_string(), child: None })),
    }
}

fn uppercase_all(n: &mut Node) {
    n.name = n.name.to_uppercase();
    if let Some(c) = &mut n.child {
        uppercase_all(c);
    }
}

fn main() {
    let mut root = Node { name: "root".to_string(), child: None };
    for name in ["usr", "local", "bin"] {
        append(&mut root, name);
    }
    println!("depth = {}", depth(&root));
    println!("deepest = {}", last_name(&root));
    uppercase_all(&mut root);
    let mut path = Vec::new();
    let mut cur = Some(&root);
    while let Some(node) = cur {
        path.push(node.name.as_str());
        cur = node.child.as_deref();
    }
    println!("/{}", path.join("/"));
}
