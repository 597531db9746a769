// Run-length grouping on top of a custom iterator using peekable.
struct Readings {
    data: Vec<u8>,
    i: usize,
}

impl Iterator for Readings {
    type Item = u8;
    fn next(&mut self) -> Option<u8> {
        let v = self.data.get(self.i).copied();
        self.i += 1;
        v
    }
}

fn main() {
    let r = Readings { data: vec![1, 1, 1, 4, 4, 2, 2, 2, 2, 9], i: 0 };
    let mut it = r.peekable();
    let mut runs = Vec::new();
    while let Some(v) = it.next() {
        let mut count = 1;
        while it.peek() == Some(&v) {
            it.next();
            count += 1;
        }
        runs.push((v, count));
    }
    println!("{:?}", runs);
    let encoded: String = runs.iter().map(|(v, c)| format!("{}x{} ", c, v)).collect();
    println!("{}", encoded.trim_end());
}
