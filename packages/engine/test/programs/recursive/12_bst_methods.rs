// BST as a struct with methods: contains, height, min, max
#[derive(Default)]
struct Tree {
    root: Option<Box<Node>>,
}

struct Node {
    val: i32,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

impl Node {
    fn new(val: i32) -> Self {
        Node { val, left: None, right: None }
    }
}

impl Tree {
    fn insert(&mut self, val: i32) {
        let mut cur = &mut self.root;
        while let Some(node) = cur {
            cur = if val < node.val { &mut node.left } else { &mut node.right };
        }
        *cur = Some(Box::new(Node::new(val)));
    }

    fn contains(&self, val: i32) -> bool {
        fn go(link: &Option<Box<Node>>, val: i32) -> bool {
            match link {
                None => false,
                Some(n) if val == n.val => true,
                Some(n) if val < n.val => go(&n.left, val),
                Some(n) => go(&n.right, val),
            }
        }
        go(&self.root, val)
    }

    fn height(&self) -> usize {
        fn h(link: &Option<Box<Node>>) -> usize {
            match link {
                None => 0,
                Some(n) => 1 + h(&n.left).max(h(&n.right)),
            }
        }
        h(&self.root)
    }

    fn min(&self) -> Option<i32> {
        let mut node = self.root.as_ref()?;
        while let Some(l) = &node.left {
            node = l;
        }
        Some(node.val)
    }

    fn max(&self) -> Option<i32> {
        fn go(n: &Node) -> i32 {
            match &n.right {
                Some(r) => go(r),
                None => n.val,
            }
        }
        self.root.as_deref().map(go)
    }
}

fn main() {
    let mut t = Tree::default();
    println!("empty: min={:?} max={:?} height={}", t.min(), t.max(), t.height());
    for v in [8, 3, 10, 1, 6, 14, 4, 7, 13] {
        t.insert(v);
    }
    println!("min={:?} max={:?} height={}", t.min(), t.max(), t.height());
    for q in [6, 5, 13] {
        println!("contains {}? {}", q, t.contains(q));
    }
}
