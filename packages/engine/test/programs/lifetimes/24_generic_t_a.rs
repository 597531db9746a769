// Generic functions and structs with both a lifetime and a type parameter.
use std::fmt::Display;

struct Labeled<'a, T: 'a> {
    label: &'a str,
    value: &'a T,
}

impl<'a, T: Display + 'a> Labeled<'a, T> {
    fn show(&self) -> String {
        format!("{} = {}", self.label, self.value)
    }
}

fn larger<'a, T: PartialOrd>(a: &'a T, b: &'a T) -> &'a T {
    if a >= b {
        a
    } else {
        b
    }
}

fn main() {
    let temps = vec![21.5, 19.0, 23.25];
    let warmest = larger(&temps[0], larger(&temps[1], &temps[2]));
    println!("warmest: {}", warmest);

    let names = [String::from("zoe"), String::from("adam")];
    println!("later name: {}", larger(&names[0], &names[1]));

    let count = 42;
    let l = Labeled { label: "answer", value: &count };
    println!("{}", l.show());
    let w = Labeled { label: "warmest", value: warmest };
    println!("{}", w.show());
}
