// Generic methods on a generic enum: map and and_then, like Option's.
#[derive(Debug, Clone, Copy)]
enum Maybe<T> {
    Some(T),
    None,
}

impl<T> Maybe<T> {
    fn map<U, F: Fn(T) -> U>(self, f: F) -> Maybe<U> {
        match self {
            Maybe::Some(x) => Maybe::Some(f(x)),
            Maybe::None => Maybe::None,
        }
    }

    fn and_then<U, F>(self, f: F) -> Maybe<U>
    where
        F: Fn(T) -> Maybe<U>,
    {
        match self {
            Maybe::Some(x) => f(x),
            Maybe::None => Maybe::None,
        }
    }
}

fn half(n: i32) -> Maybe<i32> {
    if n % 2 == 0 { Maybe::Some(n / 2) } else { Maybe::None }
}

fn main() {
    let a = Maybe::Some(20);
    let b: Maybe<i32> = Maybe::None;

    println!("{:?}", a.map(|x| x + 1));
    println!("{:?}", b.map(|x| x + 1));
    println!("{:?}", a.map(|x| format!("#{}", x)));
    println!("{:?}", a.and_then(half).and_then(half));
    println!("{:?}", a.and_then(half).and_then(half).and_then(half));
}
