// Implementing Iterator ourselves gives us all the adapters for free.
struct Countdown {
    remaining: u32,
}

impl Countdown {
    fn from(n: u32) -> Countdown {
        Countdown { remaining: n }
    }
}

impl Iterator for Countdown {
    type Item = u32;

    fn next(&mut self) -> Option<Self::Item> {
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
    for n in Countdown::from(3) {
        println!("{}...", n);
    }
    println!("Liftoff!");

    let sum: u32 = Countdown::from(5)
        .zip(Countdown::from(5).skip(1))
        .map(|(a, b)| a * b)
        .filter(|x| x % 3 == 0)
        .sum();
    println!("sum of products divisible by 3: {}", sum);

    let mut c = Countdown::from(2);
    println!("{:?} {:?} {:?}", c.next(), c.next(), c.next());
}
