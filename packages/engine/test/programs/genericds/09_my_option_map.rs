// Re-implementing Option to see how map and unwrap_or work.
#[derive(Debug)]
enum MyOption<T> {
    Some(T),
    None,
}

impl<T> MyOption<T> {
    fn map<U, F: FnOnce(T) -> U>(self, f: F) -> MyOption<U> {
        match self {
            MyOption::Some(v) => MyOption::Some(f(v)),
            MyOption::None => MyOption::None,
        }
    }

    fn unwrap_or(self, default: T) -> T {
        match self {
            MyOption::Some(v) => v,
            MyOption::None => default,
        }
    }

    fn is_some(&self) -> bool {
        matches!(self, MyOption::Some(_))
    }
}

fn find_even(nums: &[i32]) -> MyOption<i32> {
    for &n in nums {
        if n % 2 == 0 {
            return MyOption::Some(n);
        }
    }
    MyOption::None
}

fn main() {
    let a = find_even(&[1, 3, 8, 5]);
    let b = find_even(&[1, 3, 5]);
    println!("a = {:?}, b = {:?}", a, b);
    println!("a is some? {}", a.is_some());

    let doubled = a.map(|n| n * 2).unwrap_or(-1);
    let fallback = b.map(|n| n * 2).unwrap_or(-1);
    println!("doubled = {}, fallback = {}", doubled, fallback);

    let label = MyOption::Some(7).map(|n| format!("#{}", n));
    println!("{:?}", label);
}
