// Registry mixing generic registration with dynamic dispatch.
use std::fmt::Display;

trait Plugin {
    fn run(&self, input: i32) -> i32;
    fn label(&self) -> String;
}

struct Scale<T: Display> {
    factor: i32,
    tag: T,
}

impl<T: Display> Plugin for Scale<T> {
    fn run(&self, input: i32) -> i32 { input * self.factor }
    fn label(&self) -> String { format!("scale[{}]", self.tag) }
}

struct Offset(i32);
impl Plugin for Offset {
    fn run(&self, input: i32) -> i32 { input + self.0 }
    fn label(&self) -> String { format!("offset({})", self.0) }
}

#[derive(Default)]
struct Registry {
    plugins: Vec<Box<dyn Plugin>>,
}

impl Registry {
    fn register<P: Plugin + 'static>(&mut self, p: P) -> &mut Self {
        self.plugins.push(Box::new(p));
        self
    }
    fn pipeline(&self, x: i32) -> i32 {
        self.plugins.iter().fold(x, |acc, p| {
            let out = p.run(acc);
            println!("  {} : {} -> {}", p.label(), acc, out);
            out
        })
    }
}

fn main() {
    let mut reg = Registry::default();
    reg.register(Offset(3)).register(Scale { factor: 2, tag: 'x' }).register(Scale { factor: 10, tag: "big" });
    println!("result {}", reg.pipeline(1));
}
