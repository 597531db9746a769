// A struct that owns a mutable closure and drives it.
struct Ticker<F: FnMut(u32)> {
    interval: u32,
    on_tick: F,
}

impl<F: FnMut(u32)> Ticker<F> {
    fn run(&mut self, until: u32) {
        let mut t = 0;
        while t <= until {
            (self.on_tick)(t);
            t += self.interval;
        }
    }
}

fn main() {
    let mut seen = Vec::new();
    {
        let mut ticker = Ticker {
            interval: 15,
            on_tick: |t| seen.push(format!("{}s", t)),
        };
        ticker.run(60);
    }
    println!("{:?}", seen);

    let mut total = 0;
    let mut t2 = Ticker { interval: 2, on_tick: |t| total += t };
    t2.run(10);
    t2.run(4);
    println!("total = {}", total);
}
