// Cycles through the days of the week a fixed number of times.
struct Days {
    index: usize,
    remaining: usize,
}

const NAMES: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

// Mistake: the associated type Item is never declared.
impl Iterator for Days {
    fn next(&mut self) -> Option<&'static str> {
        if self.remaining == 0 {
            return None;
        }
        self.remaining -= 1;
        let name = NAMES[self.index % 7];
        self.index += 1;
        Some(name)
    }
}

fn main() {
    for d in (Days { index: 5, remaining: 4 }) {
        println!("{}", d);
    }
}
