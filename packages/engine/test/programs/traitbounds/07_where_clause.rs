use std::fmt::{Debug, Display};

fn labelled<T, U>(label: T, items: &[U]) -> String
where
    T: Display,
    U: Debug + Clone,
{
    let mut copy = items.to_vec();
    copy.truncate(3);
    format!("{}: {:?} ({} total)", label, copy, items.len())
}

fn print_pair<A, B>(a: A, b: B)
where
    A: Display + Clone,
    B: Display,
{
    let again = a.clone();
    println!("<{} | {} | {}>", a, b, again);
}

fn main() {
    println!("{}", labelled("primes", &[2, 3, 5, 7, 11]));
    println!("{}", labelled(42, &["x", "y"]));
    println!("{}", labelled(String::from("tuples"), &[(1, 'a'), (2, 'b'), (3, 'c'), (4, 'd')]));
    print_pair("left", 3.5);
    print_pair(7u8, 'k');
}
