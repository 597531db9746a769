// Lab 7, exercise 4: drop order in a recursive tree.
// Drop::drop runs on the parent first, then its fields are dropped in declaration order.

struct Tree {
    name: &'static str,
    left: Option<Box<Tree>>,
    right: Option<Box<Tree>>,
}

impl Drop for Tree {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn leaf(name: &'static str) -> Option<Box<Tree>> {
    Some(Box::new(Tree { name, left: None, right: None }))
}

fn node(name: &'static str, left: Option<Box<Tree>>, right: Option<Box<Tree>>) -> Option<Box<Tree>> {
    Some(Box::new(Tree { name, left, right }))
}

fn count(t: &Option<Box<Tree>>) -> usize {
    match t {
        Some(n) => 1 + count(&n.left) + count(&n.right),
        None => 0,
    }
}

fn main() {
    let tree = node(
        "root",
        node("L", leaf("LL"), leaf("LR")),
        node("R", None, leaf("RR")),
    );
    println!("tree has {} nodes", count(&tree));

    // Detach the right subtree before dropping the rest.
    let mut tree = tree;
    let right = tree.as_mut().and_then(|t| t.right.take());
    println!("detached right subtree with {} nodes", count(&right));

    println!("-- dropping the main tree --");
    drop(tree);
    println!("-- dropping the detached subtree --");
    drop(right);
    println!("done");
}
