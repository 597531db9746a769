#[derive(Debug)]
struct Setting {
    key: String,
    value: i64,
}

fn parse_setting(line: &str) -> Result<Setting, String> {
    let (k, v) = line
        .split_once('=')
        .ok_or_else(|| format!("expected key=value, got {:?}", line))?;
    let key = k.trim();
    if key.is_empty() {
        return Err("empty key".to_string());
    }
    let value = v
        .trim()
        .parse::<i64>()
        .map_err(|e| format!("bad value for {}: {}", key, e))?;
    Ok(Setting { key: key.to_string(), value })
}

fn main() {
    let config = "\
max_users = 250
timeout=30
verbose
 = 5
retries = three";
    let mut settings = Vec::new();
    for line in config.lines() {
        match parse_setting(line) {
            Ok(s) => settings.push(s),
            Err(e) => println!("skipping: {}", e),
        }
    }
    for s in &settings {
        println!("{} -> {}", s.key, s.value);
    }
    println!("{:?}", settings);
}
