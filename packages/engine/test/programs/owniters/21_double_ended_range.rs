// Implementing DoubleEndedIterator makes rev() available.
struct Span {
    front: i32,
    back: i32,
}

impl Iterator for Span {
    type Item = i32;
    fn next(&mut self) -> Option<i32> {
        if self.front > self.back {
            None
        } else {
            self.front += 1;
            Some(self.front - 1)
        }
    }
}

impl DoubleEndedIterator for Span {
    fn next_back(&mut self) -> Option<i32> {
        if self.front > self.back {
            None
        } else {
            self.back -= 1;
            Some(self.back + 1)
        }
    }
}

fn main() {
    let down: Vec<i32> = Span { front: 1, back: 5 }.rev().collect();
    println!("rev: {:?}", down);

    // Take from both ends alternately.
    let mut s = Span { front: 1, back: 6 };
    let mut order = Vec::new();
    loop {
        match s.next() {
            Some(x) => order.push(x),
            None => break,
        }
        match s.next_back() {
            Some(x) => order.push(x),
            None => break,
        }
    }
    println!("zigzag: {:?}", order);
}
