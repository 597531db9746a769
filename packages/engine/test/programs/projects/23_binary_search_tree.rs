#[derive(Debug)]
struct Node {
    key: i32,
    left: Tree,
    right: Tree,
}

#[derive(Debug, Default)]
struct Tree(Option<Box<Node>>);

impl Tree {
    fn insert(&mut self, key: i32) -> bool {
        match &mut self.0 {
            None => {
                self.0 = Some(Box::new(Node { key, left: Tree(None), right: Tree(None) }));
                true
            }
            Some(node) => {
                if key < node.key {
                    node.left.insert(key)
                } else if key > node.key {
                    node.right.insert(key)
                } else {
                    false
                }
            }
        }
    }

    fn contains(&self, key: i32) -> bool {
        let mut cur = &self.0;
        while let Some(node) = cur {
            if key == node.key {
                return true;
            }
            cur = if key < node.key { &node.left.0 } else { &node.right.0 };
        }
        false
    }

    fn height(&self) -> usize {
        match &self.0 {
            None => 0,
            Some(n) => 1 + n.left.height().max(n.right.height()),
        }
    }

    fn len(&self) -> usize {
        self.0.as_ref().map_or(0, |n| 1 + n.left.len() + n.right.len())
    }

    fn in_order(&self, out: &mut Vec<i32>) {
        if let Some(n) = &self.0 {
            n.left.in_order(out);
            out.push(n.key);
            n.right.in_order(out);
        }
    }

    fn min(&self) -> Option<i32> {
        let mut node = self.0.as_ref()?;
        while let Some(l) = node.left.0.as_ref() {
            node = l;
        }
        Some(node.key)
    }

    fn range_count(&self, lo: i32, hi: i32) -> usize {
        match &self.0 {
            None => 0,
            Some(n) => {
                let here = (lo <= n.key && n.key <= hi) as usize;
                let left = if lo < n.key { n.left.range_count(lo, hi) } else { 0 };
                let right = if hi > n.key { n.right.range_count(lo, hi) } else { 0 };
                here + left + right
            }
        }
    }

    fn pretty(&self, depth: usize, lines: &mut Vec<String>) {
        if let Some(n) = &self.0 {
            n.right.pretty(depth + 1, lines);
            lines.push(format!("{}{}", "    ".repeat(depth), n.key));
            n.left.pretty(depth + 1, lines);
        }
    }
}

fn main() {
    let mut t = Tree::default();
    let keys = [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30];
    for k in keys {
        if !t.insert(k) {
            println!("duplicate {} ignored", k);
        }
    }
    let mut sorted = Vec::new();
    t.in_order(&mut sorted);
    println!("in order: {:?}", sorted);
    println!("size {}, height {}, min {:?}", t.len(), t.height(), t.min());
    for q in [45, 55, 80] {
        println!("contains {}? {}", q, t.contains(q));
    }
    println!("keys in [33, 66]: {}", t.range_count(33, 66));

    let mut lines = Vec::new();
    t.pretty(0, &mut lines);
    println!("sideways:\n{}", lines.join("\n"));

    let mut skewed = Tree::default();
    for k in 1..=6 {
        skewed.insert(k);
    }
    println!("skewed height {} (a linked list in disguise)", skewed.height());
}
