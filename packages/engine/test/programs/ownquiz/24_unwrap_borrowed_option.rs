struct Config {
    name: Option<String>,
    verbose: bool,
}

fn display_name(cfg: &Config) -> String {
    cfg.name.unwrap_or(String::from("anonymous"))
}

fn main() {
    let cfg = Config { name: Some(String::from("server-01")), verbose: false };
    println!("{}", display_name(&cfg));
    println!("verbose: {}", cfg.verbose);
}
