// BST where the tree itself is an Option<Box<Node>> wrapper struct.
struct Node {
    value: i32,
    left: Tree,
    right: Tree,
}

struct Tree(Option<Box<Node>>);

impl Tree {
    fn empty() -> Tree {
        Tree(None)
    }

    fn insert(&mut self, value: i32) {
        match &mut self.0 {
            None => {
                self.0 = Some(Box::new(Node { value, left: Tree::empty(), right: Tree::empty() }));
            }
            Some(node) => {
                if value < node.value {
                    node.left.insert(value);
                } else {
                    node.right.insert(value);
                }
            }
        }
    }

    fn in_order(&self, out: &mut Vec<i32>) {
        if let Some(node) = &self.0 {
            node.left.in_order(out);
            out.push(node.value);
            node.right.in_order(out);
        }
    }

    fn pre_order(&self) -> Vec<i32> {
        match &self.0 {
            None => vec![],
            Some(node) => {
                let mut v = vec![node.value];
                v.extend(node.left.pre_order());
                v.extend(node.right.pre_order());
                v
            }
        }
    }
}

fn main() {
    let mut tree = Tree::empty();
    for x in [8, 3, 10, 1, 6, 14, 4, 7, 13] {
        tree.insert(x);
    }
    let mut sorted = Vec::new();
    tree.in_order(&mut sorted);
    println!("in-order:  {:?}", sorted);
    println!("pre-order: {:?}", tree.pre_order());
    let is_sorted = sorted.windows(2).all(|w| w[0] <= w[1]);
    println!("sorted? {}", is_sorted);
}
