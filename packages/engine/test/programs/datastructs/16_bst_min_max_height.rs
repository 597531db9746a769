use std::cmp::max;

type Link = Option<Box<Node>>;

struct Node {
    key: u32,
    left: Link,
    right: Link,
}

fn insert(link: &mut Link, key: u32) {
    match link {
        None => *link = Some(Box::new(Node { key, left: None, right: None })),
        Some(node) => {
            if key < node.key {
                insert(&mut node.left, key)
            } else {
                insert(&mut node.right, key)
            }
        }
    }
}

fn min(link: &Link) -> Option<u32> {
    let mut node = link.as_ref()?;
    while let Some(left) = &node.left {
        node = left;
    }
    Some(node.key)
}

fn max_key(link: &Link) -> Option<u32> {
    match link {
        None => None,
        Some(node) => match &node.right {
            None => Some(node.key),
            right => max_key(right),
        },
    }
}

fn height(link: &Link) -> usize {
    match link {
        None => 0,
        Some(node) => 1 + max(height(&node.left), height(&node.right)),
    }
}

fn count_leaves(link: &Link) -> usize {
    match link {
        None => 0,
        Some(n) if n.left.is_none() && n.right.is_none() => 1,
        Some(n) => count_leaves(&n.left) + count_leaves(&n.right),
    }
}

fn main() {
    let mut root: Link = None;
    println!("empty: min={:?} height={}", min(&root), height(&root));
    for k in [42, 17, 88, 5, 23, 64, 99, 1] {
        insert(&mut root, k);
    }
    println!("min = {:?}", min(&root));
    println!("max = {:?}", max_key(&root));
    println!("height = {}", height(&root));
    println!("leaves = {}", count_leaves(&root));

    let mut skewed: Link = None;
    for k in 1..=6 {
        insert(&mut skewed, k);
    }
    println!("skewed height = {}", height(&skewed));
}
