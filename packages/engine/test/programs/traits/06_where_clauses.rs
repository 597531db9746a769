// Generic functions with where clauses and multiple bounds
use std::fmt::{Debug, Display};

fn print_both<T, U>(t: &T, u: &U) -> String
where
    T: Display + Clone,
    U: Clone + Debug,
{
    let t2 = t.clone();
    let u2 = u.clone();
    format!("t = {}, u = {:?}", t2, u2)
}

fn sum_all<T>(items: &[T]) -> T
where
    T: Copy + std::ops::Add<Output = T> + Default,
{
    let mut acc = T::default();
    for &x in items {
        acc = acc + x;
    }
    acc
}

fn show_max<T: PartialOrd + Display>(a: T, b: T) {
    if a > b {
        println!("max is {}", a);
    } else {
        println!("max is {}", b);
    }
}

fn main() {
    println!("{}", print_both(&42, &vec![1, 2, 3]));
    println!("{}", print_both(&"hi", &Some('x')));
    println!("{}", sum_all(&[1, 2, 3, 4]));
    println!("{}", sum_all(&[1.5, 2.25]));
    show_max(3, 9);
    show_max("pear", "apple");
    show_max(2.5, -1.0);
}
