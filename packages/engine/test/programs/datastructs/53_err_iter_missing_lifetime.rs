struct Node<T> {
    elem: T,
    next: Option<Box<Node<T>>>,
}

struct Iter<T> {
    next: Option<&Node<T>>,
}

impl<T> Iterator for Iter<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        None
    }
}

fn main() {
    let n = Node { elem: 1, next: None };
    let it = Iter { next: Some(&n) };
    println!("{}", it.count());
}
