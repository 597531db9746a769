// Iterating a linked list with as_deref and mutating with as_deref_mut.
struct Node {
    elem: String,
    next: Option<Box<Node>>,
}

struct List {
    head: Option<Box<Node>>,
}

struct Iter<'a> {
    next: Option<&'a Node>,
}

impl<'a> Iterator for Iter<'a> {
    type Item = &'a String;
    fn next(&mut self) -> Option<Self::Item> {
        self.next.map(|node| {
            self.next = node.next.as_deref();
            &node.elem
        })
    }
}

impl List {
    fn new() -> Self {
        List { head: None }
    }
    fn push(&mut self, s: &str) {
        let node = Box::new(Node { elem: s.to_string(), next: self.head.take() });
        self.head = Some(node);
    }
    fn iter(&self) -> Iter<'_> {
        Iter { next: self.head.as_deref() }
    }
    fn shout_all(&mut self) {
        let mut cur = self.head.as_deref_mut();
        while let Some(node) = cur {
            node.elem = node.elem.to_uppercase();
            cur = node.next.as_deref_mut();
        }
    }
}

fn main() {
    let mut list = List::new();
    for w in ["gamma", "beta", "alpha"] {
        list.push(w);
    }
    for (i, s) in list.iter().enumerate() {
        println!("{}: {}", i, s);
    }
    let total: usize = list.iter().map(|s| s.len()).sum();
    println!("total chars = {}", total);
    list.shout_all();
    let joined: Vec<&str> = list.iter().map(|s| s.as_str()).collect();
    println!("{}", joined.join(" "));
    let longest = list.iter().max_by_key(|s| s.len()).unwrap();
    println!("longest = {}", longest);
}
