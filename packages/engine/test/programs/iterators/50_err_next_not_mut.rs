struct Countdown {
    remaining: u32,
}

impl Iterator for Countdown {
    type Item = u32;

    fn next(&self) -> Option<u32> {
        if self.remaining == 0 {
            None
        } else {
            Some(self.remaining)
        }
    }
}

fn main() {
    for n in (Countdown { remaining: 3 }) {
        println!("{}...", n);
    }
    println!("liftoff!");
}
