// A registry that only accepts 'static names.
struct Registry {
    names: Vec<&'static str>,
}

impl Registry {
    fn add(&mut self, name: &'static str) {
        self.names.push(name);
    }
}

fn main() {
    let mut reg = Registry { names: Vec::new() };
    reg.add("alpha");
    let owned = String::from("beta");
    reg.add(&owned);
    println!("{:?}", reg.names);
}
