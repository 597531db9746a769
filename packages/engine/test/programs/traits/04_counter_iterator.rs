// Associated type: a custom Iterator, then using adaptors on it
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
    let mut c = Counter::new();
    println!("{:?}", c.next());
    println!("{:?}", c.next());

    let all: Vec<u32> = Counter::new().collect();
    println!("all = {:?}", all);

    let sum: u32 = Counter::new()
        .zip(Counter::new().skip(1))
        .map(|(a, b)| a * b)
        .filter(|x| x % 3 == 0)
        .sum();
    println!("sum = {}", sum);

    let pairs: Vec<(u32, u32)> = Counter::new().zip(Counter::new().skip(2)).collect();
    println!("pairs = {:?}", pairs);

    let evens: Vec<u32> = Counter::new().filter(|n| n % 2 == 0).collect();
    println!("evens = {:?}", evens);

    for (i, v) in Counter::new().enumerate() {
        if i == 3 {
            println!("index 3 holds {}", v);
        }
    }
    println!("max = {:?}, count = {}", Counter::new().max(), Counter::new().count());
}
