// expected: E0603 struct `Config` is private
mod app {
    #[derive(Debug)]
    struct Config {
        pub name: String,
        pub verbose: bool,
    }

    pub fn run() {
        let c = Config { name: "default".to_string(), verbose: false };
        println!("running with {:?}", c);
    }
}

fn main() {
    app::run();
    let c = app::Config { name: String::from("custom"), verbose: true };
    println!("{}", c.name);
}
