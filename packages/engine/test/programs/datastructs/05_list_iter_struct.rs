// Borrowing iterator over a linked list, using as_deref.
pub struct List<T> {
    head: Link<T>,
}

type Link<T> = Option<Box<Node<T>>>;

struct Node<T> {
    elem: T,
    next: Link<T>,
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
    list.push("alpha");
    list.push("beta");
    list.push("gamma");

    for word in list.iter() {
        println!("word: {}", word);
    }

    let lengths: Vec<usize> = list.iter().map(|w| w.len()).collect();
    println!("lengths: {:?}", lengths);

    let longest = list.iter().max_by_key(|w| w.len()).unwrap();
    println!("longest: {}", longest);
    println!("count: {}", list.iter().count());
}
