// Exercise: the compiler must know what the iterator yields.
struct Countdown {
    n: u32,
}

impl Iterator for Countdown {
    fn next(&mut self) -> Option<u32> {
        if self.n == 0 {
            None
        } else {
            self.n -= 1;
            Some(self.n + 1)
        }
    }
}

fn main() {
    let c = Countdown { n: 3 };
    for x in c {
        println!("{}", x);
    }
}
