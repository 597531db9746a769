#[derive(Debug)]
struct TreeNode {
    key: i32,
    left: Option<Box<TreeNode>>,
    right: Option<Box<TreeNode>>,
}

impl TreeNode {
    fn new(key: i32) -> Self {
        TreeNode { key, left: None, right: None }
    }

    fn insert(&mut self, key: i32) {
        if key < self.key {
            match self.left {
                Some(ref mut l) => l.insert(key),
                None => self.left = Some(Box::new(TreeNode::new(key))),
            }
        } else if key > self.key {
            match self.right {
                Some(ref mut r) => r.insert(key),
                None => self.right = Some(Box::new(TreeNode::new(key))),
            }
        }
        // equal keys are ignored
    }

    fn contains(&self, key: i32) -> bool {
        if key == self.key {
            true
        } else if key < self.key {
            self.left.as_ref().map_or(false, |l| l.contains(key))
        } else {
            self.right.as_ref().map_or(false, |r| r.contains(key))
        }
    }
}

fn main() {
    let mut root = TreeNode::new(50);
    for k in [30, 70, 20, 40, 60, 80, 40] {
        root.insert(k);
    }
    for probe in [20, 45, 60, 80, 99] {
        println!("contains({}) = {}", probe, root.contains(probe));
    }
    println!("root's left child: {}", root.left.as_ref().unwrap().key);
    println!("root's right child: {}", root.right.as_ref().unwrap().key);
}
