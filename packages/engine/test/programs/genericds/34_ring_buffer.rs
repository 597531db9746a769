// A fixed-size ring buffer: the oldest entry is overwritten when full.
struct Ring<T> {
    slots: Vec<Option<T>>,
    next: usize,
}

impl<T: Clone + std::fmt::Debug> Ring<T> {
    fn with_capacity(cap: usize) -> Self {
        Ring { slots: vec![None; cap], next: 0 }
    }

    // Returns the value that got overwritten, if any.
    fn push(&mut self, value: T) -> Option<T> {
        let old = self.slots[self.next].replace(value);
        self.next = (self.next + 1) % self.slots.len();
        old
    }

    fn oldest_first(&self) -> Vec<&T> {
        let n = self.slots.len();
        (0..n)
            .filter_map(|i| self.slots[(self.next + i) % n].as_ref())
            .collect()
    }
}

fn main() {
    let mut log: Ring<String> = Ring::with_capacity(3);
    for msg in ["boot", "login", "open", "save", "quit"] {
        if let Some(lost) = log.push(msg.to_string()) {
            println!("dropped {:?}", lost);
        }
    }
    println!("recent: {:?}", log.oldest_first());

    let mut nums = Ring::with_capacity(2);
    nums.push(1.5);
    println!("partial: {:?}", nums.oldest_first());
}
