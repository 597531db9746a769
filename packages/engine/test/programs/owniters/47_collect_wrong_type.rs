// Quiz: what can a u32 iterator be collected into?
struct Evens {
    n: u32,
}

impl Iterator for Evens {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.n >= 10 {
            None
        } else {
            self.n += 2;
            Some(self.n)
        }
    }
}

fn main() {
    let labels: Vec<String> = Evens { n: 0 }.collect();
    println!("{:?}", labels);
}
