use std::fmt::{Debug, Display};

// Bounds on two type parameters, written with a where clause.
fn report<T, U>(label: T, details: &U) -> String
where
    T: Display + Clone,
    U: Debug,
{
    let copy = label.clone();
    format!("{} -> {:?} (label again: {})", label, details, copy)
}

fn main() {
    let line = report("scores", &vec![90, 85, 77]);
    println!("{}", line);
    let line = report(42, &("x", 1.5));
    println!("{}", line);
    let owned = String::from("tuple");
    println!("{}", report(owned, &Some('z')));
}
