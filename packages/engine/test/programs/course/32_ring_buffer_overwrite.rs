// Lab 10, exercise 1: a generic ring buffer that overwrites the oldest entry.
// Slots are Option<T> so we can move values in and out with take/replace.

struct History<T, const N: usize> {
    slots: [Option<T>; N],
    next: usize,
    count: usize,
}

impl<T: std::fmt::Debug, const N: usize> History<T, N> {
    fn new() -> Self {
        History { slots: std::array::from_fn(|_| None), next: 0, count: 0 }
    }

    // Returns the value that was overwritten, if any.
    fn record(&mut self, value: T) -> Option<T> {
        let old = self.slots[self.next].replace(value);
        self.next = (self.next + 1) % N;
        self.count = (self.count + 1).min(N);
        old
    }

    fn oldest_first(&self) -> Vec<&T> {
        let start = (self.next + N - self.count) % N;
        (0..self.count)
            .filter_map(|i| self.slots[(start + i) % N].as_ref())
            .collect()
    }

    fn take_latest(&mut self) -> Option<T> {
        if self.count == 0 {
            return None;
        }
        self.next = (self.next + N - 1) % N;
        self.count -= 1;
        self.slots[self.next].take()
    }
}

fn main() {
    let mut cmds: History<String, 3> = History::new();
    for cmd in ["ls", "cd src", "cargo build", "cargo test", "git status"] {
        match cmds.record(cmd.to_string()) {
            Some(old) => println!("record {:?}, evicted {:?}", cmd, old),
            None => println!("record {:?}", cmd),
        }
    }
    println!("history = {:?}", cmds.oldest_first());
    println!("undo -> {:?}", cmds.take_latest());
    println!("undo -> {:?}", cmds.take_latest());
    println!("history = {:?}", cmds.oldest_first());
    cmds.record("cargo run".to_string());
    println!("history = {:?}", cmds.oldest_first());

    let mut temps: History<i8, 2> = History::new();
    temps.record(-3);
    temps.record(4);
    println!("evicted {:?}, now {:?}", temps.record(5), temps.oldest_first());
}
