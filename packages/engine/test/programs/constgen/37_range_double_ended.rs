// A simple range that can be walked from either end.
struct Span {
    lo: i32,
    hi: i32, // exclusive
}

impl Iterator for Span {
    type Item = i32;
    fn next(&mut self) -> Option<i32> {
        if self.lo < self.hi {
            self.lo += 1;
            Some(self.lo - 1)
        } else {
            None
        }
    }
}

impl DoubleEndedIterator for Span {
    fn next_back(&mut self) -> Option<i32> {
        if self.lo < self.hi {
            self.hi -= 1;
            Some(self.hi)
        } else {
            None
        }
    }
}

fn main() {
    let forward: Vec<i32> = Span { lo: 1, hi: 6 }.collect();
    let backward: Vec<i32> = Span { lo: 1, hi: 6 }.rev().collect();
    println!("forward:  {:?}", forward);
    println!("backward: {:?}", backward);

    // Take from both ends until they meet.
    let mut s = Span { lo: 0, hi: 5 };
    loop {
        match (s.next(), s.next_back()) {
            (Some(a), Some(b)) => println!("pair {} {}", a, b),
            (Some(a), None) => { println!("middle {}", a); break; }
            _ => break,
        }
    }
    let last_even = Span { lo: 0, hi: 20 }.rfind(|x| x % 2 == 0);
    println!("last even: {:?}", last_even);
}
