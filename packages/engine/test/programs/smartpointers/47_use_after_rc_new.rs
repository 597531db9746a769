use std::rc::Rc;

#[derive(Debug)]
struct Config {
    host: String,
    port: u16,
}

fn main() {
    let config = Config { host: "localhost".to_string(), port: 8080 };
    let shared = Rc::new(config);
    let for_logger = Rc::clone(&shared);

    println!("logger uses {}:{}", for_logger.host, for_logger.port);
    println!("original config: {:?}", config);
}
