// Lazily filling an Option field: get_or_insert_with returns a
// `&mut` to the value whether it was already there or not.
struct Config {
    raw: &'static str,
    parsed: Option<Vec<u32>>,
    parse_count: u32,
}

impl Config {
    fn values(&mut self) -> &mut Vec<u32> {
        let raw = self.raw;
        let count = &mut self.parse_count;
        self.parsed.get_or_insert_with(|| {
            *count += 1;
            raw.split(',').map(|s| s.trim().parse().unwrap()).collect()
        })
    }
}

fn main() {
    let mut cfg = Config { raw: "4, 8, 15", parsed: None, parse_count: 0 };
    cfg.values().push(16);
    cfg.values().retain(|&v| v % 2 == 0);
    println!("{:?}", cfg.values());
    println!("parsed {} time(s)", cfg.parse_count);
}
