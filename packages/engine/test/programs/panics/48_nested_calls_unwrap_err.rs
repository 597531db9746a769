// A panic deep in a call chain, from an Err created far away.
#[derive(Debug)]
struct ConfigError {
    key: String,
    line: usize,
}

fn lookup(lines: &[&str], key: &str) -> Result<i32, ConfigError> {
    for (i, l) in lines.iter().enumerate() {
        if let Some(rest) = l.strip_prefix(key) {
            return rest.trim_start_matches('=').parse().map_err(|_| ConfigError {
                key: key.to_string(),
                line: i + 1,
            });
        }
    }
    Err(ConfigError { key: key.to_string(), line: 0 })
}

fn load_width(lines: &[&str]) -> i32 {
    lookup(lines, "width").unwrap()
}

fn load_all(lines: &[&str]) -> (i32, i32) {
    let h = lookup(lines, "height").unwrap();
    (load_width(lines), h)
}

fn main() {
    let file = ["height=20", "width=abc"];
    println!("height = {}", lookup(&file, "height").unwrap());
    let (w, h) = load_all(&file);
    println!("{} x {}", w, h);
}
