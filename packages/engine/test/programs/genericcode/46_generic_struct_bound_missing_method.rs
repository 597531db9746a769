// A scoreboard that keeps the best score seen so far.
struct Best<T> {
    value: Option<T>,
}

impl<T> Best<T> {
    fn new() -> Self {
        Best { value: None }
    }

    fn offer(&mut self, candidate: T) {
        match &self.value {
            Some(current) if *current >= candidate => {}
            _ => self.value = Some(candidate),
        }
    }
}

fn main() {
    let mut b = Best::new();
    for s in [3, 9, 4] {
        b.offer(s);
    }
    println!("{:?}", b.value);
}
