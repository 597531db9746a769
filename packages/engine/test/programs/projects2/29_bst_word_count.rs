// Week project: a generic binary search tree map, used to count words in order.
use std::fmt::Debug;

struct Node<K, V> {
    key: K,
    value: V,
    left: Option<Box<Node<K, V>>>,
    right: Option<Box<Node<K, V>>>,
}

struct TreeMap<K, V> {
    root: Option<Box<Node<K, V>>>,
    len: usize,
}

impl<K: Ord, V> TreeMap<K, V> {
    fn new() -> Self {
        TreeMap { root: None, len: 0 }
    }

    // Returns the old value if the key was present.
    fn insert(&mut self, key: K, value: V) -> Option<V> {
        let mut slot = &mut self.root;
        while let Some(node) = slot {
            if key < node.key {
                slot = &mut node.left;
            } else if key > node.key {
                slot = &mut node.right;
            } else {
                return Some(std::mem::replace(&mut node.value, value));
            }
        }
        *slot = Some(Box::new(Node { key, value, left: None, right: None }));
        self.len += 1;
        None
    }

    fn get(&self, key: &K) -> Option<&V> {
        let mut cur = self.root.as_ref();
        while let Some(node) = cur {
            cur = match key.cmp(&node.key) {
                std::cmp::Ordering::Less => node.left.as_ref(),
                std::cmp::Ordering::Greater => node.right.as_ref(),
                std::cmp::Ordering::Equal => return Some(&node.value),
            };
        }
        None
    }

    fn get_mut(&mut self, key: &K) -> Option<&mut V> {
        let mut cur = self.root.as_mut();
        while let Some(node) = cur {
            if *key < node.key {
                cur = node.left.as_mut();
            } else if *key > node.key {
                cur = node.right.as_mut();
            } else {
                return Some(&mut node.value);
            }
        }
        None
    }

    fn walk<'a>(node: &'a Option<Box<Node<K, V>>>, out: &mut Vec<(&'a K, &'a V)>) {
        if let Some(n) = node {
            Self::walk(&n.left, out);
            out.push((&n.key, &n.value));
            Self::walk(&n.right, out);
        }
    }

    fn entries(&self) -> Vec<(&K, &V)> {
        let mut out = Vec::with_capacity(self.len);
        Self::walk(&self.root, &mut out);
        out
    }
}

fn show<K: Debug, V: Debug>(label: &str, items: &[(&K, &V)]) {
    let parts: Vec<String> = items.iter().map(|(k, v)| format!("{:?}={:?}", k, v)).collect();
    println!("{}: {}", label, parts.join(" "));
}

fn main() {
    let text = "the quick brown fox jumps over the lazy dog the fox sleeps";
    let mut counts: TreeMap<&str, u32> = TreeMap::new();
    for word in text.split_whitespace() {
        match counts.get_mut(&word) {
            Some(c) => *c += 1,
            None => {
                counts.insert(word, 1);
            }
        }
    }
    show("counts", &counts.entries());
    println!("distinct words: {}", counts.len);
    println!("'fox' -> {:?}, 'cat' -> {:?}", counts.get(&"fox"), counts.get(&"cat"));

    let mut most: Vec<(&&str, &u32)> = counts.entries();
    most.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    println!("top three: {:?}", &most[..3]);

    let mut scores: TreeMap<u32, String> = TreeMap::new();
    for (id, name) in [(42, "ada"), (7, "bo"), (19, "cy"), (7, "bea")] {
        if let Some(old) = scores.insert(id, name.to_string()) {
            println!("id {} renamed from {} to {}", id, old, name);
        }
    }
    if let Some(name) = scores.get_mut(&19) {
        name.push_str(" (captain)");
    }
    show("scores", &scores.entries());
}
