// Quiz: a forward-only iterator cannot be reversed.
struct Ticker {
    n: u32,
}

impl Iterator for Ticker {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.n < 4 {
            self.n += 1;
            Some(self.n)
        } else {
            None
        }
    }
}

fn main() {
    let t = Ticker { n: 0 };
    let backwards: Vec<u32> = t.rev().collect();
    println!("{:?}", backwards);
}
