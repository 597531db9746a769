// Implementing Iterator for our own types.
struct Fibonacci {
    curr: u64,
    next: u64,
}

impl Iterator for Fibonacci {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        let result = self.curr;
        self.curr = self.next;
        self.next += result;
        Some(result)
    }
}

fn fibonacci() -> Fibonacci {
    Fibonacci { curr: 0, next: 1 }
}

struct Countdown {
    n: u32,
}

impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<Self::Item> {
        if self.n == 0 {
            None
        } else {
            self.n -= 1;
            Some(self.n + 1)
        }
    }
}

fn main() {
    let first: Vec<u64> = fibonacci().take(10).collect();
    println!("first 10: {:?}", first);

    let even_sum: u64 = fibonacci().take_while(|&x| x < 4_000_000).filter(|x| x % 2 == 0).sum();
    println!("sum of even terms below four million: {}", even_sum);

    for n in (Countdown { n: 3 }) {
        println!("{}...", n);
    }
    println!("liftoff!");

    let pairs: Vec<(u32, u64)> = Countdown { n: 5 }.zip(fibonacci().skip(5)).collect();
    println!("zipped: {:?}", pairs);
    let total: u32 = Countdown { n: 100 }.sum();
    println!("1+..+100 = {}", total);
    let mut it = Countdown { n: 2 };
    println!("{:?} {:?} {:?} {:?}", it.next(), it.next(), it.next(), it.next());
    let big = fibonacci().find(|&x| x > 1000);
    println!("first above 1000: {:?}", big);
}
