// Lab 10, exercise 4: IntoIter (by value) and nth_mut (by mutable reference).

struct Node {
    score: u32,
    next: Option<Box<Node>>,
}

#[derive(Default)]
struct List {
    head: Option<Box<Node>>,
}

impl List {
    fn push(&mut self, score: u32) {
        let old = self.head.take();
        self.head = Some(Box::new(Node { score, next: old }));
    }

    fn pop(&mut self) -> Option<u32> {
        let node = self.head.take()?;
        self.head = node.next;
        Some(node.score)
    }

    fn nth_mut(&mut self, n: usize) -> Option<&mut u32> {
        let mut cur = self.head.as_deref_mut();
        for _ in 0..n {
            cur = cur?.next.as_deref_mut();
        }
        cur.map(|node| &mut node.score)
    }
}

struct IntoIter(List);

impl Iterator for IntoIter {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        self.0.pop()
    }
}

impl IntoIterator for List {
    type Item = u32;
    type IntoIter = IntoIter;
    fn into_iter(self) -> IntoIter {
        IntoIter(self)
    }
}

fn main() {
    let mut list = List::default();
    for s in [70, 85, 90, 60] {
        list.push(s);
    }

    if let Some(s) = list.nth_mut(1) {
        *s += 5; // curve the second score
    }
    println!("nth_mut(10) = {:?}", list.nth_mut(10));
    if let Some(s) = list.nth_mut(3) {
        *s = 100;
    }

    let scores: Vec<u32> = list.into_iter().collect();
    println!("scores (most recent first) = {:?}", scores);
    println!("average = {}", scores.iter().sum::<u32>() / scores.len() as u32);
}
