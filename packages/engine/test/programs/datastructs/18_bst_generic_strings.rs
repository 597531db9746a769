use std::cmp::Ordering;

#[derive(Debug)]
enum Bst<T: Ord> {
    Leaf,
    Node(Box<Bst<T>>, T, Box<Bst<T>>),
}

impl<T: Ord + Clone> Bst<T> {
    fn new() -> Self {
        Bst::Leaf
    }

    fn insert(self, value: T) -> Self {
        match self {
            Bst::Leaf => Bst::Node(Box::new(Bst::Leaf), value, Box::new(Bst::Leaf)),
            Bst::Node(left, v, right) => match value.cmp(&v) {
                Ordering::Less => Bst::Node(Box::new(left.insert(value)), v, right),
                Ordering::Greater => Bst::Node(left, v, Box::new(right.insert(value))),
                Ordering::Equal => Bst::Node(left, v, right),
            },
        }
    }

    fn contains(&self, value: &T) -> bool {
        match self {
            Bst::Leaf => false,
            Bst::Node(l, v, r) => match value.cmp(v) {
                Ordering::Less => l.contains(value),
                Ordering::Greater => r.contains(value),
                Ordering::Equal => true,
            },
        }
    }

    fn to_sorted(&self) -> Vec<T> {
        match self {
            Bst::Leaf => Vec::new(),
            Bst::Node(l, v, r) => {
                let mut out = l.to_sorted();
                out.push(v.clone());
                out.extend(r.to_sorted());
                out
            }
        }
    }

    fn size(&self) -> usize {
        match self {
            Bst::Leaf => 0,
            Bst::Node(l, _, r) => l.size() + 1 + r.size(),
        }
    }
}

fn main() {
    let mut tree = Bst::new();
    for city in ["Oslo", "Lima", "Cairo", "Tokyo", "Berlin", "Lima", "Quito"] {
        tree = tree.insert(city.to_string());
    }
    println!("size: {}", tree.size());
    println!("sorted: {:?}", tree.to_sorted());
    println!("has Cairo? {}", tree.contains(&"Cairo".to_string()));
    println!("has Paris? {}", tree.contains(&"Paris".to_string()));

    let small = Bst::new().insert(2).insert(1).insert(3);
    println!("{:?}", small);
}
