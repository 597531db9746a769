// Quiz: why does this not compile? Look at the receiver of next.
struct Steps {
    current: i32,
    step: i32,
    end: i32,
}

impl Iterator for Steps {
    type Item = i32;

    fn next(&self) -> Option<i32> {
        if self.current >= self.end {
            return None;
        }
        let v = self.current;
        Some(v)
    }
}

fn main() {
    let s = Steps { current: 0, step: 3, end: 10 };
    let v: Vec<i32> = s.collect();
    println!("{:?}", v);
}
