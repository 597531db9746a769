// A countdown iterator combined with zip, rev-free chaining and fold.
struct Countdown {
    n: u32,
}

impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.n == 0 {
            None
        } else {
            self.n -= 1;
            Some(self.n + 1)
        }
    }
}

fn main() {
    let labels = ["three", "two", "one"];
    for (n, word) in (Countdown { n: 3 }).zip(labels.iter()) {
        println!("{} ({})", n, word);
    }
    let product = Countdown { n: 5 }.fold(1, |acc, x| acc * x);
    println!("5! = {}", product);
    let joined: Vec<String> = Countdown { n: 4 }.chain(Countdown { n: 2 }).map(|x| x.to_string()).collect();
    println!("{}", joined.join(","));
    let mut it = Countdown { n: 3 }.peekable();
    while let Some(x) = it.next() {
        match it.peek() {
            Some(nxt) => println!("{} then {}", x, nxt),
            None => println!("{} is last", x),
        }
    }
    println!("any > 4? {}", Countdown { n: 4 }.any(|x| x > 4));
}
