// In-order traversal of a binary tree with an explicit stack.
struct Tree {
    value: i32,
    left: Option<Box<Tree>>,
    right: Option<Box<Tree>>,
}

struct InOrder<'a> {
    stack: Vec<&'a Tree>,
}

impl<'a> InOrder<'a> {
    fn push_left(&mut self, mut node: Option<&'a Tree>) {
        while let Some(n) = node {
            self.stack.push(n);
            node = n.left.as_deref();
        }
    }
}

impl<'a> Iterator for InOrder<'a> {
    type Item = i32;
    fn next(&mut self) -> Option<i32> {
        let node = self.stack.pop()?;
        self.push_left(node.right.as_deref());
        Some(node.value)
    }
}

fn leaf(v: i32) -> Option<Box<Tree>> {
    Some(Box::new(Tree { value: v, left: None, right: None }))
}

fn main() {
    let root = Tree {
        value: 8,
        left: Some(Box::new(Tree { value: 3, left: leaf(1), right: leaf(6) })),
        right: Some(Box::new(Tree { value: 10, left: None, right: leaf(14) })),
    };
    let mut it = InOrder { stack: Vec::new() };
    it.push_left(Some(&root));
    let sorted: Vec<i32> = it.collect();
    println!("{:?}", sorted);
}
