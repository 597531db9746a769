#[derive(Debug)]
struct Config {
    name: String,
    retries: u32,
    verbose: bool,
}

fn main() {
    let base = Config { name: String::from("default"), retries: 3, verbose: false };
    let custom = Config { verbose: true, ..base };
    println!("{:?}", custom);
    println!("base.retries still usable: {}", base.retries);
    let other = Config { name: String::from("other"), ..base };
    println!("{:?} {}", other, base.verbose);
}
