#[derive(Debug)]
struct Config {
    host: String,
    port: u16,
    verbose: bool,
    retries: u32,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            host: String::from("localhost"),
            port: 8080,
            verbose: false,
            retries: 3,
        }
    }
}

impl Config {
    fn new() -> Self {
        Self::default()
    }
}

fn main() {
    let a = Config::new();
    let b = Config { port: 443, verbose: true, ..Default::default() };
    let c = Config { host: "db.internal".to_string(), ..Config::default() };
    println!("{:?}", a);
    println!("{:?}", b);
    println!("{:?}", c);
}
