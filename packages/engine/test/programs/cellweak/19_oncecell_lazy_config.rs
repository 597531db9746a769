use std::cell::OnceCell;

struct Settings {
    greeting: OnceCell<String>,
}

impl Settings {
    fn greeting(&self) -> &str {
        self.greeting.get_or_init(|| {
            println!("(computing greeting)");
            format!("Hello, {}!", "class")
        })
    }
}

fn main() {
    let s = Settings { greeting: OnceCell::new() };
    println!("set yet? {}", s.greeting.get().is_some());
    println!("{}", s.greeting());
    println!("{}", s.greeting());

    let cell: OnceCell<u32> = OnceCell::new();
    println!("first set: {:?}", cell.set(1));
    println!("second set: {:?}", cell.set(2));
    println!("value: {:?}", cell.get());
}
