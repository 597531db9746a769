fn make_greeter(name: String) -> impl Fn() -> String {
    || format!("Welcome back, {}!", name)
}

fn main() {
    let greet_ana = make_greeter(String::from("Ana"));
    let greet_ben = make_greeter(String::from("Ben"));
    println!("{}", greet_ana());
    println!("{}", greet_ben());
    println!("{}", greet_ana());
}
