// Implementing only next() gives you every adaptor for free.
struct Squares {
    n: u32,
    limit: u32,
}

fn squares_up_to(limit: u32) -> Squares {
    Squares { n: 0, limit }
}

impl Iterator for Squares {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        self.n += 1;
        if self.n > self.limit {
            None
        } else {
            Some(self.n * self.n)
        }
    }
}

fn main() {
    println!("count: {}", squares_up_to(10).count());
    println!("sum: {}", squares_up_to(10).sum::<u32>());
    println!("max: {:?}", squares_up_to(10).max());
    println!("last: {:?}", squares_up_to(4).last());
    println!("nth(2): {:?}", squares_up_to(10).nth(2));
    println!("odd ones: {:?}", squares_up_to(8).filter(|s| s % 2 == 1).collect::<Vec<_>>());
    println!("empty min: {:?}", squares_up_to(0).min());

    let mut it = squares_up_to(3);
    while let Some(s) = it.next() {
        print!("{} ", s);
    }
    println!();
}
