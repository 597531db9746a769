use std::fmt::Display;

fn longest_with_note<'a, T>(x: &'a str, y: &'a str, note: T) -> &'a str
where
    T: Display,
{
    println!("note: {}", note);
    if x.len() > y.len() { x } else { y }
}

struct Pair<'a, T> {
    left: &'a T,
    right: &'a T,
}

impl<'a, T: PartialOrd + Display> Pair<'a, T> {
    fn larger(&self) -> &'a T {
        if self.left >= self.right { self.left } else { self.right }
    }
    fn show(&self) -> String {
        format!("({}, {})", self.left, self.right)
    }
}

fn max_ref<'a>(items: &'a [i32]) -> Option<&'a i32> {
    let mut best: Option<&'a i32> = None;
    for it in items {
        best = match best {
            Some(b) if b >= it => Some(b),
            _ => Some(it),
        };
    }
    best
}

fn main() {
    let a = String::from("abcd");
    let b = "xyz";
    println!("{}", longest_with_note(&a, b, 42));
    let x = 7;
    let y = 11;
    let p = Pair { left: &x, right: &y };
    println!("{} larger {}", p.show(), p.larger());
    let s1 = String::from("pear");
    let s2 = String::from("apple");
    let q = Pair { left: &s1, right: &s2 };
    let bigger = q.larger();
    println!("{} larger {}", q.show(), bigger);
    let nums = vec![4, 9, 2, 9, 1];
    println!("{:?} {:?}", max_ref(&nums), max_ref(&[]));
}
