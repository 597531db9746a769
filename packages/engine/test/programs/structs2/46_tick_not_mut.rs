struct Stopwatch {
    seconds: u32,
    laps: Vec<u32>,
}

impl Stopwatch {
    fn new() -> Stopwatch {
        Stopwatch { seconds: 0, laps: Vec::new() }
    }

    fn advance(&mut self, s: u32) {
        self.seconds += s;
    }

    fn lap(&mut self) {
        self.laps.push(self.seconds);
    }
}

fn main() {
    let sw = Stopwatch::new();
    sw.advance(42);
    sw.lap();
    println!("laps: {:?}", sw.laps);
}
