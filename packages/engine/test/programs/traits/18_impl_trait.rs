// impl Trait in argument and return position
use std::fmt::Display;

fn print_all(items: impl Iterator<Item = impl Display>) {
    let mut out = Vec::new();
    for it in items {
        out.push(it.to_string());
    }
    println!("{}", out.join(", "));
}

fn evens(limit: u32) -> impl Iterator<Item = u32> {
    (0..limit).filter(|n| n % 2 == 0)
}

fn make_adder(k: i32) -> impl Fn(i32) -> i32 {
    move |x| x + k
}

fn describe(x: impl Display + Clone) -> String {
    let y = x.clone();
    format!("<{}|{}>", x, y)
}

fn squares() -> impl Iterator<Item = u64> {
    (1..).map(|n: u64| n * n)
}

fn main() {
    print_all(vec![1, 2, 3].into_iter());
    print_all(["a", "b"].iter());
    print_all(evens(10));
    let add5 = make_adder(5);
    println!("{}", add5(10));
    println!("{}", describe(3.5));
    println!("{}", describe("text"));
    let first: Vec<u64> = squares().take(6).collect();
    println!("{:?}", first);
    let big = squares().skip_while(|&s| s < 200).next();
    println!("{:?}", big);
}
