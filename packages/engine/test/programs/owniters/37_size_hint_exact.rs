// Overriding size_hint and implementing ExactSizeIterator enables len().
struct Countdown {
    remaining: usize,
}

impl Iterator for Countdown {
    type Item = usize;
    fn next(&mut self) -> Option<usize> {
        if self.remaining == 0 {
            None
        } else {
            self.remaining -= 1;
            Some(self.remaining + 1)
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining, Some(self.remaining))
    }
}

impl ExactSizeIterator for Countdown {}

fn main() {
    let mut c = Countdown { remaining: 5 };
    println!("len before: {}", c.len());
    c.next();
    c.next();
    println!("len after two: {}", c.len());
    let rest: Vec<usize> = c.collect();
    println!("rest: {:?}", rest);
    let v: Vec<usize> = Countdown { remaining: 3 }.collect();
    println!("collected {} items: {:?}", v.len(), v);
}
