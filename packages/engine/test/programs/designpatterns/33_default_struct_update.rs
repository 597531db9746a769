// Default plus struct update syntax for configuration.
#[derive(Debug, Clone)]
struct ServerConfig {
    host: String,
    port: u16,
    workers: usize,
    tls: bool,
}

impl Default for ServerConfig {
    fn default() -> Self {
        ServerConfig { host: "localhost".to_string(), port: 8080, workers: 4, tls: false }
    }
}

fn main() {
    let dev = ServerConfig::default();
    let prod = ServerConfig { host: "example.com".to_string(), tls: true, ..Default::default() };
    let staging = ServerConfig { port: 9000, ..prod.clone() };
    println!("{:?}", dev);
    println!("{:?}", prod);
    println!("{:?}", staging);
}
