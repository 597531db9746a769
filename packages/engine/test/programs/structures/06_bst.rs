// Binary search tree with Option<Box<Node>>: insert, contains, in-order traversal.
#[derive(Debug)]
struct Node {
    key: i32,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

#[derive(Debug, Default)]
struct Bst {
    root: Option<Box<Node>>,
}

impl Bst {
    fn insert(&mut self, key: i32) -> bool {
        let mut cur = &mut self.root;
        while let Some(node) = cur {
            if key == node.key {
                return false;
            }
            cur = if key < node.key { &mut node.left } else { &mut node.right };
        }
        *cur = Some(Box::new(Node { key, left: None, right: None }));
        true
    }

    fn contains(&self, key: i32) -> bool {
        let mut cur = &self.root;
        while let Some(node) = cur {
            if key == node.key {
                return true;
            }
            cur = if key < node.key { &node.left } else { &node.right };
        }
        false
    }

    fn in_order(&self) -> Vec<i32> {
        fn walk(n: &Option<Box<Node>>, out: &mut Vec<i32>) {
            if let Some(node) = n {
                walk(&node.left, out);
                out.push(node.key);
                walk(&node.right, out);
            }
        }
        let mut out = Vec::new();
        walk(&self.root, &mut out);
        out
    }

    fn height(n: &Option<Box<Node>>) -> usize {
        match n {
            None => 0,
            Some(node) => 1 + Self::height(&node.left).max(Self::height(&node.right)),
        }
    }
}

fn main() {
    let mut t = Bst::default();
    for k in [50, 30, 70, 20, 40, 60, 80, 30, 65] {
        let fresh = t.insert(k);
        println!("insert {} -> {}", k, fresh);
    }
    println!("in-order: {:?}", t.in_order());
    for k in [40, 45, 65, 10] {
        println!("contains {}? {}", k, t.contains(k));
    }
    println!("height = {}", Bst::height(&t.root));
}
