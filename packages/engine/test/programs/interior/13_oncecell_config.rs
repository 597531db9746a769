use std::cell::{Cell, OnceCell};

struct Config {
    raw: &'static str,
    parsed: OnceCell<Vec<(String, String)>>,
    parse_runs: Cell<u32>,
}

impl Config {
    fn entries(&self) -> &Vec<(String, String)> {
        self.parsed.get_or_init(|| {
            self.parse_runs.set(self.parse_runs.get() + 1);
            self.raw
                .lines()
                .filter_map(|l| l.split_once('='))
                .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
                .collect()
        })
    }

    fn lookup(&self, key: &str) -> Option<&str> {
        self.entries().iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }
}

fn main() {
    let cfg = Config {
        raw: "host = localhost\nport = 8080\nmode = debug",
        parsed: OnceCell::new(),
        parse_runs: Cell::new(0),
    };
    println!("before: parsed yet? {}", cfg.parsed.get().is_some());
    println!("port = {:?}", cfg.lookup("port"));
    println!("mode = {:?}", cfg.lookup("mode"));
    println!("user = {:?}", cfg.lookup("user"));
    println!("parsed {} time(s), {} entries", cfg.parse_runs.get(), cfg.entries().len());
}
