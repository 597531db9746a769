use std::fmt::Debug;

// Plugins stored as trait objects, with a generic helper kept out of the vtable.
trait Plugin {
    fn name(&self) -> String;
    fn run(&self, input: i32) -> i32;

    fn log<T: Debug>(&self, value: T)
    where
        Self: Sized,
    {
        println!("[{}] {:?}", self.name(), value);
    }
}

struct Doubler;
struct Offset(i32);

impl Plugin for Doubler {
    fn name(&self) -> String {
        "double".to_string()
    }
    fn run(&self, input: i32) -> i32 {
        input * 2
    }
}

impl Plugin for Offset {
    fn name(&self) -> String {
        format!("offset{:+}", self.0)
    }
    fn run(&self, input: i32) -> i32 {
        input + self.0
    }
}

fn main() {
    Doubler.log(vec![1, 2]);
    let pipeline: Vec<Box<dyn Plugin>> = vec![Box::new(Doubler), Box::new(Offset(-3)), Box::new(Doubler)];
    let mut value = 5;
    for p in &pipeline {
        value = p.run(value);
        println!("after {:<9} -> {}", p.name(), value);
    }
}
