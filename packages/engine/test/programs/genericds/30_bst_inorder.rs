// In-order traversal of a generic BST gives the values in sorted order.
struct Node<T> {
    value: T,
    left: Tree<T>,
    right: Tree<T>,
}

struct Tree<T>(Option<Box<Node<T>>>);

impl<T: Ord + Clone> Tree<T> {
    fn empty() -> Self {
        Tree(None)
    }

    fn insert(&mut self, value: T) {
        match &mut self.0 {
            None => {
                self.0 = Some(Box::new(Node { value, left: Tree::empty(), right: Tree::empty() }))
            }
            Some(node) => {
                if value < node.value {
                    node.left.insert(value)
                } else {
                    node.right.insert(value)
                }
            }
        }
    }

    fn in_order(&self, out: &mut Vec<T>) {
        if let Some(node) = &self.0 {
            node.left.in_order(out);
            out.push(node.value.clone());
            node.right.in_order(out);
        }
    }

    fn depth(&self) -> usize {
        match &self.0 {
            None => 0,
            Some(node) => 1 + node.left.depth().max(node.right.depth()),
        }
    }
}

fn main() {
    let mut words = Tree::empty();
    for w in ["mango", "apple", "pear", "kiwi", "banana"] {
        words.insert(w.to_string());
    }
    let mut sorted = Vec::new();
    words.in_order(&mut sorted);
    println!("{:?}", sorted);
    println!("depth = {}", words.depth());

    let mut nums = Tree::empty();
    for n in [5, 3, 8, 1, 4, 9] {
        nums.insert(n);
    }
    let mut out = Vec::new();
    nums.in_order(&mut out);
    println!("{:?} depth = {}", out, nums.depth());
}
