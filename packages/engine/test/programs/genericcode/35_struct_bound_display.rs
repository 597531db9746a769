use std::fmt;

// A labelled value that can be displayed when its contents can.
struct Labeled<T> {
    label: &'static str,
    value: T,
}

impl<T: fmt::Display> fmt::Display for Labeled<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.label, self.value)
    }
}

impl<T: PartialOrd> Labeled<T> {
    fn bigger<'a>(&'a self, other: &'a Labeled<T>) -> &'a Labeled<T> {
        if self.value >= other.value {
            self
        } else {
            other
        }
    }
}

fn main() {
    let a = Labeled { label: "north", value: 12.5 };
    let b = Labeled { label: "south", value: 17.0 };
    println!("{}", a);
    println!("bigger: {}", a.bigger(&b));
    let names = Labeled { label: "first", value: "Zoe" };
    println!("{}", names);
}
