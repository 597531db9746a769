mod seq {
    pub struct Fibonacci {
        curr: u64,
        next: u64,
    }

    pub fn fibonacci() -> Fibonacci {
        Fibonacci { curr: 0, next: 1 }
    }

    impl Iterator for Fibonacci {
        type Item = u64;

        fn next(&mut self) -> Option<Self::Item> {
            let value = self.curr;
            self.curr = self.next;
            self.next += value;
            Some(value)
        }
    }

    pub struct Countdown(pub u32);

    impl Iterator for Countdown {
        type Item = u32;
        fn next(&mut self) -> Option<u32> {
            if self.0 == 0 {
                None
            } else {
                self.0 -= 1;
                Some(self.0 + 1)
            }
        }
    }
}

fn main() {
    let first: Vec<u64> = seq::fibonacci().take(10).collect();
    println!("first ten: {:?}", first);
    let even_sum: u64 = seq::fibonacci().take_while(|&n| n < 1000).filter(|n| n % 2 == 0).sum();
    println!("sum of even fib < 1000: {}", even_sum);
    for n in seq::Countdown(3) {
        println!("{}...", n);
    }
    println!("liftoff!");
    let zipped: Vec<(u32, u64)> = seq::Countdown(4).zip(seq::fibonacci().skip(5)).collect();
    println!("{:?}", zipped);
}
