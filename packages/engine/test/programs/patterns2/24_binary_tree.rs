#[derive(Debug)]
enum Tree {
    Leaf,
    Node(Box<Tree>, i32, Box<Tree>),
}

impl Tree {
    fn new() -> Self {
        Tree::Leaf
    }

    fn insert(self, v: i32) -> Tree {
        match self {
            Tree::Leaf => Tree::Node(Box::new(Tree::Leaf), v, Box::new(Tree::Leaf)),
            Tree::Node(left, x, right) => {
                if v < x {
                    Tree::Node(Box::new(left.insert(v)), x, right)
                } else if v > x {
                    Tree::Node(left, x, Box::new(right.insert(v)))
                } else {
                    Tree::Node(left, x, right)
                }
            }
        }
    }

    fn contains(&self, v: i32) -> bool {
        match self {
            Tree::Leaf => false,
            Tree::Node(l, x, r) => match v.cmp(x) {
                std::cmp::Ordering::Less => l.contains(v),
                std::cmp::Ordering::Greater => r.contains(v),
                std::cmp::Ordering::Equal => true,
            },
        }
    }

    fn in_order(&self, out: &mut Vec<i32>) {
        if let Tree::Node(l, x, r) = self {
            l.in_order(out);
            out.push(*x);
            r.in_order(out);
        }
    }

    fn height(&self) -> usize {
        match self {
            Tree::Leaf => 0,
            Tree::Node(l, _, r) => 1 + l.height().max(r.height()),
        }
    }
}

fn main() {
    let mut t = Tree::new();
    for v in [50, 30, 70, 20, 40, 60, 80, 30, 65] {
        t = t.insert(v);
    }
    let mut items = Vec::new();
    t.in_order(&mut items);
    println!("in order: {:?}", items);
    println!("height: {}", t.height());
    for q in [40, 45, 65] {
        println!("contains {}? {}", q, t.contains(q));
    }
}
