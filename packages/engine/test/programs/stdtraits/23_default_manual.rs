#[derive(Debug)]
struct ServerConfig {
    host: String,
    port: u16,
    max_connections: usize,
    log_level: LogLevel,
}

#[derive(Debug, Clone, Copy)]
enum LogLevel {
    Error,
    Info,
    Debug,
}

impl Default for LogLevel {
    fn default() -> Self {
        LogLevel::Info
    }
}

impl Default for ServerConfig {
    fn default() -> Self {
        ServerConfig {
            host: "127.0.0.1".to_string(),
            port: 8080,
            max_connections: 100,
            log_level: LogLevel::default(),
        }
    }
}

fn main() {
    let dev = ServerConfig::default();
    let prod = ServerConfig {
        host: "0.0.0.0".to_string(),
        max_connections: 10_000,
        log_level: LogLevel::Error,
        ..Default::default()
    };
    let verbose = ServerConfig { log_level: LogLevel::Debug, ..ServerConfig::default() };

    for (name, cfg) in [("dev", &dev), ("prod", &prod), ("verbose", &verbose)] {
        println!(
            "{:<8} {}:{} max={} log={:?}",
            name, cfg.host, cfg.port, cfg.max_connections, cfg.log_level
        );
    }
    println!("{:#?}", dev);
}
