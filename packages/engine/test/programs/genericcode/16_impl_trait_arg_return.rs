use std::fmt::Display;

// impl Trait in argument position: any type that implements Display.
fn shout(x: impl Display) -> String {
    format!("{}!", x.to_string().to_uppercase())
}

// impl Trait in return position: the caller only knows it is an iterator.
fn squares_up_to(n: u32) -> impl Iterator<Item = u32> {
    (1..=n).map(|x| x * x)
}

fn make_greeter(greeting: &str) -> impl Fn(&str) -> String + '_ {
    move |name| format!("{}, {}", greeting, name)
}

fn main() {
    println!("{}", shout("hello"));
    println!("{}", shout(3.5));
    let v: Vec<u32> = squares_up_to(5).collect();
    println!("{:?}", v);
    let total: u32 = squares_up_to(10).sum();
    println!("sum of squares to 10 = {}", total);
    let hi = make_greeter("Hi");
    println!("{}", hi("Sam"));
    println!("{}", hi("Kim"));
}
