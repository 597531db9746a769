use std::fmt::Debug;

// A generic binary search tree built from an enum.
#[derive(Debug)]
enum Tree<T: Ord> {
    Leaf,
    Node(Box<Tree<T>>, T, Box<Tree<T>>),
}

impl<T: Ord + Debug> Tree<T> {
    fn new() -> Self {
        Tree::Leaf
    }

    fn insert(self, value: T) -> Self {
        match self {
            Tree::Leaf => Tree::Node(Box::new(Tree::Leaf), value, Box::new(Tree::Leaf)),
            Tree::Node(left, v, right) => {
                if value < v {
                    Tree::Node(Box::new(left.insert(value)), v, right)
                } else {
                    Tree::Node(left, v, Box::new(right.insert(value)))
                }
            }
        }
    }

    fn in_order<'a>(&'a self, out: &mut Vec<&'a T>) {
        if let Tree::Node(left, v, right) = self {
            left.in_order(out);
            out.push(v);
            right.in_order(out);
        }
    }

    fn depth(&self) -> usize {
        match self {
            Tree::Leaf => 0,
            Tree::Node(l, _, r) => 1 + l.depth().max(r.depth()),
        }
    }
}

fn main() {
    let mut t = Tree::new();
    for x in [50, 30, 70, 20, 40, 60, 80, 35] {
        t = t.insert(x);
    }
    let mut out = Vec::new();
    t.in_order(&mut out);
    println!("{:?}", out);
    println!("depth = {}", t.depth());

    let mut words = Tree::new();
    for w in ["pear", "apple", "fig"] {
        words = words.insert(w);
    }
    let mut out2 = Vec::new();
    words.in_order(&mut out2);
    println!("{:?}", out2);
}
