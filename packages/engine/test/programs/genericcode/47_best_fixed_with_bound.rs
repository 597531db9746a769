use std::fmt::Debug;

// The bound lives on the impl block: Best<T> only gets offer() when T: PartialOrd.
#[derive(Debug)]
struct Best<T> {
    value: Option<T>,
    offers: u32,
}

impl<T> Best<T> {
    fn new() -> Self {
        Best { value: None, offers: 0 }
    }
}

impl<T: PartialOrd + Debug> Best<T> {
    fn offer(&mut self, candidate: T) {
        self.offers += 1;
        match &self.value {
            Some(current) if *current >= candidate => {}
            _ => self.value = Some(candidate),
        }
    }

    fn summary(&self) -> String {
        format!("best {:?} after {} offers", self.value, self.offers)
    }
}

fn main() {
    let mut b = Best::new();
    for s in [3, 9, 4] {
        b.offer(s);
    }
    println!("{}", b.summary());

    let mut w = Best::new();
    for s in ["pear", "apple", "plum"] {
        w.offer(s);
    }
    println!("{}", w.summary());
    let empty: Best<f64> = Best::new();
    println!("{:?}", empty);
}
