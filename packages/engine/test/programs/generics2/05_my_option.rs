// Build our own Option to see that it is "just an enum".
#[derive(Debug)]
enum Maybe<T> {
    Just(T),
    Nothing,
}

impl<T> Maybe<T> {
    fn is_just(&self) -> bool {
        match self {
            Maybe::Just(_) => true,
            Maybe::Nothing => false,
        }
    }

    fn unwrap_or(self, default: T) -> T {
        match self {
            Maybe::Just(v) => v,
            Maybe::Nothing => default,
        }
    }
}

fn find_index(haystack: &[&str], needle: &str) -> Maybe<usize> {
    for (i, item) in haystack.iter().enumerate() {
        if *item == needle {
            return Maybe::Just(i);
        }
    }
    Maybe::Nothing
}

fn main() {
    let fruits = ["apple", "banana", "cherry"];
    let a = find_index(&fruits, "banana");
    let b = find_index(&fruits, "durian");

    println!("{:?} is_just={}", a, a.is_just());
    println!("{:?} is_just={}", b, b.is_just());
    println!("banana at {}", a.unwrap_or(999));
    println!("durian at {}", b.unwrap_or(999));
}
