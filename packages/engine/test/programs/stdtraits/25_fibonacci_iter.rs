struct Fibonacci {
    curr: u64,
    next: u64,
}

fn fibonacci() -> Fibonacci {
    Fibonacci { curr: 0, next: 1 }
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

fn main() {
    let first_ten: Vec<u64> = fibonacci().take(10).collect();
    println!("first ten: {:?}", first_ten);

    let below_100: Vec<u64> = fibonacci().take_while(|&x| x < 100).collect();
    println!("below 100: {:?}", below_100);

    let even_sum: u64 = fibonacci()
        .take_while(|&x| x < 4_000_000)
        .filter(|x| x % 2 == 0)
        .sum();
    println!("sum of even terms below four million: {}", even_sum);

    let (idx, first_big) = fibonacci()
        .enumerate()
        .find(|&(_, x)| x.to_string().len() >= 10)
        .unwrap();
    println!("first term with 10 digits: F({}) = {}", idx, first_big);

    let mut it = fibonacci().skip(20).step_by(5);
    println!("{:?} {:?} {:?}", it.next(), it.next(), it.next());
}
