// A binary search tree with Box children.
#[derive(Debug)]
struct Node {
    value: i32,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

impl Node {
    fn new(value: i32) -> Self {
        Node { value, left: None, right: None }
    }

    fn insert(&mut self, value: i32) {
        let slot = if value < self.value { &mut self.left } else { &mut self.right };
        match slot {
            Some(child) => child.insert(value),
            None => *slot = Some(Box::new(Node::new(value))),
        }
    }

    fn in_order(&self, out: &mut Vec<i32>) {
        if let Some(l) = &self.left {
            l.in_order(out);
        }
        out.push(self.value);
        if let Some(r) = &self.right {
            r.in_order(out);
        }
    }

    fn height(&self) -> usize {
        let lh = self.left.as_ref().map_or(0, |n| n.height());
        let rh = self.right.as_ref().map_or(0, |n| n.height());
        1 + lh.max(rh)
    }
}

fn main() {
    let mut root = Node::new(50);
    for v in [30, 70, 20, 40, 60, 80, 35] {
        root.insert(v);
    }
    let mut out = Vec::new();
    root.in_order(&mut out);
    println!("in order: {:?}", out);
    println!("height: {}", root.height());
}
