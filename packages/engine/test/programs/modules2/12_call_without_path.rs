// A common slip: calling a module's function as if it were in scope.
mod greetings {
    pub fn hello(name: &str) -> String {
        format!("Hello, {}!", name)
    }

    pub fn goodbye(name: &str) -> String {
        format!("Goodbye, {}.", name)
    }
}

fn main() {
    let names = ["Alice", "Bob"];
    for n in names.iter() {
        println!("{}", greetings::hello(n));
    }
    for n in names.iter() {
        println!("{}", goodbye(n));
    }
}
