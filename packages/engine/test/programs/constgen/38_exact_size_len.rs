// An iterator that knows exactly how many items are left.
struct Repeat {
    word: &'static str,
    left: usize,
}

impl Iterator for Repeat {
    type Item = &'static str;

    fn next(&mut self) -> Option<Self::Item> {
        if self.left == 0 {
            return None;
        }
        self.left -= 1;
        Some(self.word)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, Some(self.left))
    }
}

impl ExactSizeIterator for Repeat {}

fn main() {
    let mut r = Repeat { word: "echo", left: 4 };
    println!("len at start: {}", r.len());
    r.next();
    println!("len after one: {}", r.len());
    let rest: Vec<&str> = r.collect();
    println!("rest: {:?}", rest);

    let zipped: Vec<(usize, &str)> = (1..).zip(Repeat { word: "hi", left: 3 }).collect();
    println!("{:?}", zipped);
    let r2 = Repeat { word: "x", left: 7 };
    println!("size_hint: {:?}", r2.size_hint());
}
