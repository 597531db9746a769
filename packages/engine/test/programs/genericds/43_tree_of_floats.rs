// Our BST requires Ord for its keys. Try storing measurements in it.
struct Node<T: Ord> {
    value: T,
    left: Option<Box<Node<T>>>,
    right: Option<Box<Node<T>>>,
}

struct Tree<T: Ord> {
    root: Option<Box<Node<T>>>,
}

impl<T: Ord> Tree<T> {
    fn insert(&mut self, value: T) {
        let mut slot = &mut self.root;
        while let Some(node) = slot {
            slot = if value < node.value { &mut node.left } else { &mut node.right };
        }
        *slot = Some(Box::new(Node { value, left: None, right: None }));
    }
}

fn main() {
    let mut heights: Tree<f64> = Tree { root: None };
    heights.insert(1.72);
    heights.insert(1.65);
    println!("inserted two heights");
}
