struct Fibonacci {
    curr: u64,
    next: u64,
}

impl Iterator for Fibonacci {
    type Item = u64;

    fn next(&mut self) -> Option<u64> {
        let current = self.curr;
        self.curr = self.next;
        self.next = current + self.next;
        Some(current)
    }
}

fn fibonacci() -> Fibonacci {
    Fibonacci { curr: 0, next: 1 }
}

fn main() {
    let first_ten: Vec<u64> = fibonacci().take(10).collect();
    println!("first ten: {:?}", first_ten);

    let even_sum: u64 = fibonacci()
        .take_while(|&f| f < 4_000_000)
        .filter(|f| f % 2 == 0)
        .sum();
    println!("sum of even terms below four million: {}", even_sum);

    for (i, f) in fibonacci().enumerate().skip(20).take(3) {
        println!("F({}) = {}", i, f);
    }
}
