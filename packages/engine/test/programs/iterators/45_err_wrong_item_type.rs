struct Evens {
    current: u32,
    limit: u32,
}

impl Iterator for Evens {
    type Item = u32;

    fn next(&mut self) -> Option<Self::Item> {
        if self.current > self.limit {
            return None;
        }
        let value = self.current;
        self.current += 2;
        Some(value as i64)
    }
}

fn main() {
    let evens = Evens { current: 0, limit: 10 };
    let v: Vec<u32> = evens.collect();
    println!("{:?}", v);
}
