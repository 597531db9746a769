// Exercise: dropping a value while a reference to it is still used.
struct Config {
    name: String,
}

impl Drop for Config {
    fn drop(&mut self) {
        println!("config {} dropped", self.name);
    }
}

fn main() {
    let cfg = Config { name: "prod".to_string() };
    let name_ref = &cfg.name;
    drop(cfg);
    println!("using config {}", name_ref);
}
