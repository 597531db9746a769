use std::fmt::Display;

// A struct holding a borrowed trait object.
struct Labeled<'a> {
    label: &'static str,
    value: &'a dyn Display,
}

impl<'a> Labeled<'a> {
    fn show(&self) -> String {
        format!("{} = {}", self.label, self.value)
    }
}

fn main() {
    let n = 42;
    let pi = 3.5;
    let name = String::from("Ferris");
    let items = [
        Labeled { label: "answer", value: &n },
        Labeled { label: "approx", value: &pi },
        Labeled { label: "mascot", value: &name },
    ];
    for it in items.iter() {
        println!("{}", it.show());
    }
}
