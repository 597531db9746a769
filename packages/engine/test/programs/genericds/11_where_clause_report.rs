// Long bounds read better in a `where` clause.
use std::fmt::{Debug, Display};

fn report<T, U>(label: T, values: &[U]) -> String
where
    T: Display,
    U: Debug + PartialOrd,
{
    let mut above_first = 0;
    for v in values {
        if v > &values[0] {
            above_first += 1;
        }
    }
    format!("{}: {:?} ({} above the first)", label, values, above_first)
}

fn describe_all<I>(items: I) -> Vec<String>
where
    I: IntoIterator,
    I::Item: Display,
{
    items.into_iter().map(|x| format!("<{}>", x)).collect()
}

fn main() {
    println!("{}", report("marks", &[12, 15, 9, 20]));
    println!("{}", report(String::from("words"), &["kiwi", "apple", "plum"]));

    let tags = describe_all(vec![1, 2, 3]);
    println!("{}", tags.join(","));
    let tags = describe_all(["a", "b"]);
    println!("{}", tags.join(","));
}
