struct Config {
    name: Option<String>,
    verbose: bool,
}

fn display_name(cfg: &Config) -> &str {
    cfg.name.as_deref().unwrap_or("anonymous")
}

fn main() {
    let named = Config { name: Some(String::from("server-01")), verbose: false };
    let unnamed = Config { name: None, verbose: true };
    println!("{} {}", display_name(&named), named.verbose);
    println!("{} {}", display_name(&unnamed), unnamed.verbose);
    if let Some(n) = &named.name {
        println!("length {}", n.len());
    }
    println!("still owned: {:?}", named.name);
}
