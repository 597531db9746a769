fn run_handler<F: Fn() -> Vec<String>>(handler: F) -> usize {
    let first = handler();
    let second = handler();
    first.len() + second.len()
}

fn main() {
    let names = vec![String::from("ann"), String::from("bob")];
    let take_names = move || names;
    println!("{}", run_handler(take_names));
}
