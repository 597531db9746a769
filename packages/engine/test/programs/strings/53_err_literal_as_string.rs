struct Config {
    name: String,
    verbose: bool,
}

fn main() {
    let default_name: String = "untitled";
    let cfg = Config {
        name: default_name,
        verbose: false,
    };
    println!("{} (verbose: {})", cfg.name, cfg.verbose);
}
