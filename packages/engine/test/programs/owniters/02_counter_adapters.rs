// Every adapter comes for free once next() exists.
struct Counter {
    count: u32,
}

impl Counter {
    fn new() -> Self {
        Counter { count: 0 }
    }
}

impl Iterator for Counter {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.count < 5 {
            self.count += 1;
            Some(self.count)
        } else {
            None
        }
    }
}

fn main() {
    // Pair 1..5 with 2..5, multiply, keep multiples of 3, add up.
    let sum: u32 = Counter::new()
        .zip(Counter::new().skip(1))
        .map(|(a, b)| a * b)
        .filter(|x| x % 3 == 0)
        .sum();
    println!("sum = {}", sum);

    let firsts: Vec<u32> = Counter::new().take(3).collect();
    println!("take(3) = {:?}", firsts);

    let chained: Vec<u32> = Counter::new().chain(Counter::new().step_by(2)).collect();
    println!("chain = {:?}", chained);

    let product = Counter::new().fold(1, |acc, x| acc * x);
    println!("5! = {}", product);
}
