struct Collatz {
    n: u64,
    done: bool,
}

impl Collatz {
    fn from(n: u64) -> Self {
        Collatz { n, done: false }
    }
}

impl Iterator for Collatz {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        if self.done {
            return None;
        }
        let cur = self.n;
        if cur == 1 {
            self.done = true;
        } else if cur % 2 == 0 {
            self.n = cur / 2;
        } else {
            self.n = 3 * cur + 1;
        }
        Some(cur)
    }
}

fn main() {
    let seq: Vec<u64> = Collatz::from(6).collect();
    println!("{:?}", seq);

    let (start, len) = (1..30u64)
        .map(|s| (s, Collatz::from(s).count()))
        .max_by_key(|&(_, l)| l)
        .unwrap();
    println!("longest chain under 30 starts at {} ({} terms)", start, len);

    let peak = Collatz::from(27).max().unwrap();
    println!("peak for 27: {}", peak);
}
