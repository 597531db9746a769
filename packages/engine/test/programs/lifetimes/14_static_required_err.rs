// A registry that only accepts 'static names, fed with a local String.
struct Registry {
    names: Vec<&'static str>,
}

impl Registry {
    fn register(&mut self, name: &'static str) {
        self.names.push(name);
    }
}

fn main() {
    let mut registry = Registry { names: Vec::new() };
    registry.register("builtin");

    let user_name = String::from("alice");
    registry.register(&user_name);

    for n in &registry.names {
        println!("{}", n);
    }
}
