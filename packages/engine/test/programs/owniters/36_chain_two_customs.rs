// Chaining two different custom iterators with the same Item type.
struct Odds {
    n: u32,
    limit: u32,
}

struct Squares {
    n: u32,
    limit: u32,
}

impl Iterator for Odds {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.n >= self.limit {
            return None;
        }
        let v = 2 * self.n + 1;
        self.n += 1;
        Some(v)
    }
}

impl Iterator for Squares {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.n >= self.limit {
            return None;
        }
        self.n += 1;
        Some(self.n * self.n)
    }
}

fn main() {
    let all: Vec<u32> = Odds { n: 0, limit: 4 }.chain(Squares { n: 0, limit: 4 }).collect();
    println!("{:?}", all);

    let mut sorted = all.clone();
    sorted.sort();
    sorted.dedup();
    println!("sorted unique: {:?}", sorted);

    let (small, big): (Vec<u32>, Vec<u32>) = all.into_iter().partition(|&x| x < 5);
    println!("small {:?} big {:?}", small, big);
}
