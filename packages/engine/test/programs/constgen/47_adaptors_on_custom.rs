// Custom iterators get all the adaptor methods for free.
struct Collatz {
    n: u64,
    done: bool,
}

fn collatz(start: u64) -> Collatz {
    Collatz { n: start, done: false }
}

impl Iterator for Collatz {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        if self.done {
            return None;
        }
        let v = self.n;
        if v == 1 {
            self.done = true;
        } else if v % 2 == 0 {
            self.n = v / 2;
        } else {
            self.n = 3 * v + 1;
        }
        Some(v)
    }
}

fn main() {
    let seq: Vec<u64> = collatz(6).collect();
    println!("collatz(6): {:?}", seq);
    println!("steps for 27: {}", collatz(27).count() - 1);
    println!("peak for 27: {:?}", collatz(27).max());
    let odd_total: u64 = collatz(7).filter(|x| x % 2 == 1).sum();
    println!("sum of odd terms from 7: {}", odd_total);
    let (longest, len) = (1..20u64)
        .map(|s| (s, collatz(s).count()))
        .max_by_key(|&(_, len)| len)
        .unwrap();
    println!("longest below 20: start {} with {} terms", longest, len);
}
