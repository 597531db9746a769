// Elision ties the output to &self, but the method returns the other argument.
struct Greeter {
    default_name: String,
}

impl Greeter {
    fn pick_name(&self, requested: &str) -> &str {
        if requested.is_empty() {
            &self.default_name
        } else {
            requested
        }
    }
}

fn main() {
    let g = Greeter { default_name: String::from("friend") };
    println!("Hello, {}!", g.pick_name("Ada"));
    println!("Hello, {}!", g.pick_name(""));
}
