// A registry of trait objects built via a generic register method
trait Plugin {
    fn name(&self) -> &str;
    fn run(&mut self, input: &str) -> String;
}

struct Upper;
struct Counter {
    calls: u32,
}

impl Plugin for Upper {
    fn name(&self) -> &str {
        "upper"
    }
    fn run(&mut self, input: &str) -> String {
        input.to_uppercase()
    }
}

impl Plugin for Counter {
    fn name(&self) -> &str {
        "counter"
    }
    fn run(&mut self, input: &str) -> String {
        self.calls += 1;
        format!("call #{} saw {} bytes", self.calls, input.len())
    }
}

struct Registry {
    plugins: Vec<Box<dyn Plugin>>,
}

impl Registry {
    fn register<P: Plugin + 'static>(&mut self, p: P) -> &mut Self {
        self.plugins.push(Box::new(p));
        self
    }
    fn run_all(&mut self, input: &str) {
        for p in self.plugins.iter_mut() {
            let out = p.run(input);
            println!("{:>8}: {}", p.name(), out);
        }
    }
    fn find(&self, name: &str) -> Option<&dyn Plugin> {
        self.plugins.iter().find(|p| p.name() == name).map(|b| b.as_ref())
    }
}

fn main() {
    let mut r = Registry { plugins: Vec::new() };
    r.register(Upper).register(Counter { calls: 0 });
    r.run_all("hello");
    r.run_all("traits");
    println!("has counter: {}", r.find("counter").is_some());
    println!("has lower: {}", r.find("lower").is_some());
}
