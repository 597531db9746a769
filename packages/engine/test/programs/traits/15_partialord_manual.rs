// Manual PartialOrd for a version type
use std::cmp::Ordering;

#[derive(Debug, PartialEq)]
struct Version {
    major: u32,
    minor: u32,
    patch: u32,
}

impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        match self.major.partial_cmp(&other.major) {
            Some(Ordering::Equal) => {}
            ord => return ord,
        }
        match self.minor.partial_cmp(&other.minor) {
            Some(Ordering::Equal) => {}
            ord => return ord,
        }
        self.patch.partial_cmp(&other.patch)
    }
}

fn v(major: u32, minor: u32, patch: u32) -> Version {
    Version { major, minor, patch }
}

fn main() {
    let a = v(1, 2, 3);
    let b = v(1, 10, 0);
    let c = v(1, 2, 3);
    println!("a < b: {}", a < b);
    println!("a >= c: {}", a >= c);
    println!("b > a: {}", b > a);
    println!("{:?}", a.partial_cmp(&b));
    println!("{:?}", b.partial_cmp(&a));
    println!("{:?}", a.partial_cmp(&c));
    let mut list = vec![v(2, 0, 0), v(0, 9, 9), v(1, 2, 3), v(1, 2, 0)];
    list.sort_by(|x, y| x.partial_cmp(y).unwrap());
    for x in &list {
        println!("{}.{}.{}", x.major, x.minor, x.patch);
    }
}
