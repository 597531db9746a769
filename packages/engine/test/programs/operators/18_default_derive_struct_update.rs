// Derived Default uses the default of every field: 0, false, "", empty Vec...
#[derive(Debug, Default, Clone)]
struct ServerConfig {
    host: String,
    port: u16,
    verbose: bool,
    max_connections: u32,
    allowed: Vec<String>,
}

fn main() {
    let blank = ServerConfig::default();
    println!("{:?}", blank);

    // Struct update syntax: set a few fields, take the rest from Default.
    let dev = ServerConfig {
        host: "localhost".to_string(),
        port: 8080,
        verbose: true,
        ..Default::default()
    };
    println!("{:?}", dev);

    // Also works from an existing value (fields are moved or copied from it).
    let prod = ServerConfig {
        host: "example.org".to_string(),
        verbose: false,
        max_connections: 500,
        ..dev.clone()
    };
    println!("{:?}", prod);
    println!("dev still usable: {}:{}", dev.host, dev.port);

    let counts: (i32, String, Option<u8>) = Default::default();
    println!("{:?}", counts);
}
