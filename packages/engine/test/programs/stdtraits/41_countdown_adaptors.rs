#[derive(Debug, Clone)]
struct Countdown {
    from: u32,
}

impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.from == 0 {
            None
        } else {
            self.from -= 1;
            Some(self.from + 1)
        }
    }
}

fn countdown(from: u32) -> Countdown {
    Countdown { from }
}

fn main() {
    let launch: Vec<String> = countdown(5)
        .map(|n| n.to_string())
        .chain(std::iter::once("liftoff!".to_string()))
        .collect();
    println!("{}", launch.join(" ... "));

    for (i, n) in countdown(10).step_by(3).enumerate() {
        println!("#{} -> {}", i, n);
    }

    let mut it = countdown(4).peekable();
    while let Some(n) = it.next() {
        match it.peek() {
            Some(next) => println!("{} then {}", n, next),
            None => println!("{} is last", n),
        }
    }

    let odd_squares: Vec<u32> = countdown(9).filter(|n| n % 2 == 1).map(|n| n * n).collect();
    println!("{:?}", odd_squares);
    println!("any > 8? {}  all > 0? {}", countdown(9).any(|n| n > 8), countdown(9).all(|n| n > 0));
    println!("position of 3: {:?}", countdown(7).position(|n| n == 3));
    let c = countdown(3);
    let copy = c.clone();
    println!("{:?} / {:?}", c.collect::<Vec<_>>(), copy.fold(0, |a, b| a * 10 + b));
}
