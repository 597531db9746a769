pub struct List<T> {
    head: Option<Box<Node<T>>>,
}

struct Node<T> {
    elem: T,
    next: Option<Box<Node<T>>>,
}

pub struct Iter<'a, T> {
    next: Option<&'a Node<T>>,
}

impl<T> List<T> {
    pub fn new() -> Self {
        List { head: None }
    }

    pub fn push(&mut self, elem: T) {
        let new_node = Box::new(Node { elem, next: self.head.take() });
        self.head = Some(new_node);
    }

    pub fn iter(&self) -> Iter<'_, T> {
        Iter { next: self.head.as_deref() }
    }
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;

    fn next(&mut self) -> Option<Self::Item> {
        self.next.map(|node| {
            self.next = node.next.as_deref();
            &node.elem
        })
    }
}

fn main() {
    let mut list = List::new();
    for word in ["one", "two", "three", "four"] {
        list.push(word.to_string());
    }
    for w in list.iter() {
        println!("{}", w);
    }
    let lens: Vec<usize> = list.iter().map(|s| s.len()).collect();
    println!("lengths: {:?}", lens);
    let longest = list.iter().max_by_key(|s| s.len()).unwrap();
    println!("longest: {}", longest);
    println!("count: {}", list.iter().count());
}
