// Steps through powers of two up to a limit.
struct Powers {
    current: u32,
    limit: u32,
}

impl Iterator for Powers {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.current > self.limit {
            return None;
        }
        let v = self.current;
        self.current *= 2;
        Some(v)
    }
}

fn main() {
    let up: Vec<u32> = Powers { current: 1, limit: 100 }.collect();
    println!("{:?}", up);
    // Mistake: rev needs DoubleEndedIterator, which Powers does not implement.
    let down: Vec<u32> = Powers { current: 1, limit: 100 }.rev().collect();
    println!("{:?}", down);
}
