struct Counter {
    count: u32,
}

impl Counter {
    fn new() -> Counter {
        Counter { count: 0 }
    }
}

impl Iterator for Counter {
    type Item = u32;

    fn next(&mut self) -> Option<Self::Item> {
        if self.count < 5 {
            self.count += 1;
            Some(self.count)
        } else {
            None
        }
    }
}

fn main() {
    let mut counter = Counter::new();
    println!("{:?}", counter.next());
    println!("{:?}", counter.next());

    for n in Counter::new() {
        print!("{} ", n);
    }
    println!();

    let sum: u32 = Counter::new()
        .zip(Counter::new().skip(1))
        .map(|(a, b)| a * b)
        .filter(|x| x % 3 == 0)
        .sum();
    println!("sum = {}", sum);

    let mut v: Vec<u32> = Counter::new().collect();
    v.reverse();
    println!("{:?}", v);
    println!("max={:?} count={} last={:?}", Counter::new().max(), Counter::new().count(), Counter::new().last());
}
