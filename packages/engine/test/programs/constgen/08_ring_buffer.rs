// A ring buffer that keeps the last N readings.
struct Ring<T, const N: usize> {
    slots: [Option<T>; N],
    next: usize,
}

impl<T: Copy + std::fmt::Debug, const N: usize> Ring<T, N> {
    fn new() -> Self {
        Ring { slots: [None; N], next: 0 }
    }

    fn record(&mut self, value: T) {
        self.slots[self.next] = Some(value);
        self.next = (self.next + 1) % N;
    }

    // Oldest first.
    fn snapshot(&self) -> Vec<T> {
        let mut out = Vec::new();
        for i in 0..N {
            if let Some(v) = self.slots[(self.next + i) % N] {
                out.push(v);
            }
        }
        out
    }
}

fn main() {
    let mut temps: Ring<i32, 4> = Ring::new();
    for t in [18, 19, 21, 24, 22, 20] {
        temps.record(t);
        println!("after {:>2}: {:?}", t, temps.snapshot());
    }
}
