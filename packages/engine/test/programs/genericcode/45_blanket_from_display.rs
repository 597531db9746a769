// Quiz: does this blanket From impl clash with the standard library's impl<T> From<T> for T?
// (It does not: Label itself is not Display.)
use std::fmt::Display;

struct Label(String);

impl<T: Display> From<T> for Label {
    fn from(x: T) -> Self {
        Label(x.to_string())
    }
}

fn main() {
    let l: Label = 42.into();
    let m = Label::from('x');
    let n: Label = 2.5.into();
    println!("{} {} {}", l.0, m.0, n.0);
}
