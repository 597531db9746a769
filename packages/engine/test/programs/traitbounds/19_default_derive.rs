#[derive(Debug, Default, Clone, PartialEq)]
enum LogLevel {
    Error,
    Warn,
    #[default]
    Info,
    Debug,
}

#[derive(Debug, Default, Clone)]
struct ServerConfig {
    host: String,
    port: u16,
    workers: usize,
    verbose: bool,
    level: LogLevel,
    allowed: Vec<String>,
}

fn main() {
    let blank = ServerConfig::default();
    println!("{:?}", blank);

    let custom = ServerConfig {
        host: String::from("0.0.0.0"),
        port: 8080,
        ..Default::default()
    };
    println!("{}:{} workers={} level={:?}", custom.host, custom.port, custom.workers, custom.level);

    let debug_cfg = ServerConfig { level: LogLevel::Debug, verbose: true, ..custom.clone() };
    println!("{:?} {} {:?}", debug_cfg.level, debug_cfg.verbose, debug_cfg.allowed);

    let n: i32 = Default::default();
    let pair: (bool, Option<char>, String) = Default::default();
    println!("{} {:?}", n, pair);
    println!("warn is default? {}", LogLevel::Warn == LogLevel::default());
    let _ = LogLevel::Error;
}
