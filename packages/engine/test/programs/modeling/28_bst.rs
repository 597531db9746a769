// Binary search tree with Option<Box<Node>> links.
#[derive(Debug)]
struct Node {
    key: i32,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

#[derive(Debug, Default)]
struct Bst {
    root: Option<Box<Node>>,
    len: usize,
}

impl Bst {
    fn insert(&mut self, key: i32) -> bool {
        let mut slot = &mut self.root;
        while let Some(node) = slot {
            if key == node.key {
                return false;
            }
            slot = if key < node.key { &mut node.left } else { &mut node.right };
        }
        *slot = Some(Box::new(Node { key, left: None, right: None }));
        self.len += 1;
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
        let mut out = Vec::with_capacity(self.len);
        walk(&self.root, &mut out);
        out
    }
}

fn main() {
    let mut tree = Bst::default();
    for k in [50, 30, 70, 20, 40, 60, 80, 30, 65] {
        let added = tree.insert(k);
        if !added {
            println!("{} was already present", k);
        }
    }
    println!("len = {}", tree.len);
    println!("in order: {:?}", tree.in_order());
    for q in [40, 45, 65, 100] {
        println!("contains({}) = {}", q, tree.contains(q));
    }
}
