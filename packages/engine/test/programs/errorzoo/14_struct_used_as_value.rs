// Quiz: using a struct name as if it were a value.
#[derive(Debug, Default)]
struct Config {
    verbose: bool,
    level: u8,
}

fn describe(c: &Config) -> String {
    format!("verbose={} level={}", c.verbose, c.level)
}

fn main() {
    let custom = Config { verbose: true, level: 3 };
    println!("{}", describe(&custom));
    // A struct with named fields cannot be written like a unit value.
    let plain = Config;
    println!("{}", describe(&plain));
}
