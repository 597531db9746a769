// A binary search tree where every child is an Option<Box<Node<T>>>.
#[derive(Debug)]
struct Node<T: Ord> {
    value: T,
    left: Option<Box<Node<T>>>,
    right: Option<Box<Node<T>>>,
}

#[derive(Debug)]
struct Tree<T: Ord> {
    root: Option<Box<Node<T>>>,
    size: usize,
}

impl<T: Ord> Tree<T> {
    fn new() -> Self {
        Tree { root: None, size: 0 }
    }

    fn insert(&mut self, value: T) -> bool {
        let mut slot = &mut self.root;
        while let Some(node) = slot {
            if value == node.value {
                return false;
            }
            slot = if value < node.value { &mut node.left } else { &mut node.right };
        }
        *slot = Some(Box::new(Node { value, left: None, right: None }));
        self.size += 1;
        true
    }

    fn contains(&self, value: &T) -> bool {
        let mut current = &self.root;
        while let Some(node) = current {
            if *value == node.value {
                return true;
            }
            current = if *value < node.value { &node.left } else { &node.right };
        }
        false
    }
}

fn main() {
    let mut tree = Tree::new();
    for n in [50, 30, 70, 20, 40, 60, 30] {
        let added = tree.insert(n);
        println!("insert {} -> {}", n, added);
    }
    println!("size = {}", tree.size);
    println!("contains 40? {}", tree.contains(&40));
    println!("contains 45? {}", tree.contains(&45));
}
