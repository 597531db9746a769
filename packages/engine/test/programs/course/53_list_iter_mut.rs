// Lab 11, exercise 3: IterMut for a singly linked list.
// Option<&mut Node> is not Copy, so next() must take() it before moving on.

struct Node {
    val: i32,
    next: Option<Box<Node>>,
}

struct List {
    head: Option<Box<Node>>,
}

struct IterMut<'a> {
    next: Option<&'a mut Node>,
}

impl<'a> Iterator for IterMut<'a> {
    type Item = &'a mut i32;
    fn next(&mut self) -> Option<&'a mut i32> {
        self.next.take().map(|node| {
            self.next = node.next.as_deref_mut();
            &mut node.val
        })
    }
}

impl List {
    fn from_vec(v: Vec<i32>) -> List {
        let mut head = None;
        for x in v.into_iter().rev() {
            head = Some(Box::new(Node { val: x, next: head }));
        }
        List { head }
    }

    fn iter_mut(&mut self) -> IterMut<'_> {
        IterMut { next: self.head.as_deref_mut() }
    }

    fn values(&self) -> Vec<i32> {
        let mut out = vec![];
        let mut cur = &self.head;
        while let Some(n) = cur {
            out.push(n.val);
            cur = &n.next;
        }
        out
    }
}

fn main() {
    let mut list = List::from_vec(vec![1, 2, 3, 4]);
    for v in list.iter_mut() {
        *v *= 10;
    }
    println!("times ten: {:?}", list.values());

    // Keep two &mut from the same iterator: they point to different nodes.
    let mut it = list.iter_mut();
    let a = it.next().unwrap();
    let b = it.next().unwrap();
    std::mem::swap(a, b);
    println!("swapped first two: {:?}", list.values());

    let evens = list.iter_mut().filter(|v| **v % 20 == 0).count();
    println!("multiples of 20: {}", evens);
}
