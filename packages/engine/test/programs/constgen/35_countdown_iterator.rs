// A countdown that yields n, n-1, ..., 1 and then stops.
struct Countdown {
    remaining: u32,
}

impl Iterator for Countdown {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        if self.remaining == 0 {
            None
        } else {
            let current = self.remaining;
            self.remaining -= 1;
            Some(current)
        }
    }
}

fn main() {
    let mut c = Countdown { remaining: 3 };
    println!("{:?}", c.next());
    println!("{:?}", c.next());
    println!("{:?}", c.next());
    println!("{:?}", c.next());
    println!("{:?}", c.next());

    for n in (Countdown { remaining: 5 }) {
        print!("{}... ", n);
    }
    println!("liftoff!");
}
