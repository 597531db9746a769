// Lab 3, exercise 1: binary search tree with insert and contains.
// Each child is Option<Box<Node>>; we walk down with a mutable cursor.

#[derive(Debug)]
struct Node {
    key: i32,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

struct Bst {
    root: Option<Box<Node>>,
    size: usize,
}

impl Bst {
    fn new() -> Self {
        Bst { root: None, size: 0 }
    }

    // Returns false if the key was already present.
    fn insert(&mut self, key: i32) -> bool {
        let mut cursor = &mut self.root;
        while let Some(node) = cursor {
            if key == node.key {
                return false;
            }
            cursor = if key < node.key { &mut node.left } else { &mut node.right };
        }
        *cursor = Some(Box::new(Node { key, left: None, right: None }));
        self.size += 1;
        true
    }

    fn contains(&self, key: i32) -> bool {
        let mut cur = self.root.as_ref();
        let mut depth = 0;
        while let Some(node) = cur {
            if key == node.key {
                println!("  found {} at depth {}", key, depth);
                return true;
            }
            cur = if key < node.key { node.left.as_ref() } else { node.right.as_ref() };
            depth += 1;
        }
        false
    }
}

fn main() {
    let mut tree = Bst::new();
    for k in [50, 30, 70, 20, 40, 60, 80, 30, 65] {
        let added = tree.insert(k);
        println!("insert {:>2}: {}", k, if added { "added" } else { "duplicate" });
    }
    println!("size = {}", tree.size);

    for k in [65, 20, 55, 50] {
        println!("contains({}) = {}", k, tree.contains(k));
    }
}
