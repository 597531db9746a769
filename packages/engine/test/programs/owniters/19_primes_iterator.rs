// A prime iterator that remembers the primes it found so far.
struct Primes {
    found: Vec<u32>,
    candidate: u32,
}

impl Primes {
    fn new() -> Self {
        Primes { found: Vec::new(), candidate: 1 }
    }
}

impl Iterator for Primes {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        loop {
            self.candidate += 1;
            let c = self.candidate;
            if self.found.iter().take_while(|&&p| p * p <= c).all(|&p| c % p != 0) {
                self.found.push(c);
                return Some(c);
            }
        }
    }
}

fn main() {
    let first: Vec<u32> = Primes::new().take(12).collect();
    println!("{:?}", first);

    let twins: Vec<(u32, u32)> = Primes::new()
        .zip(Primes::new().skip(1))
        .filter(|(a, b)| b - a == 2)
        .take(5)
        .collect();
    println!("twin primes: {:?}", twins);

    let hundredth = Primes::new().nth(99).unwrap();
    println!("100th prime: {}", hundredth);
}
