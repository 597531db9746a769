// Parse "key = value" lines into borrowed pairs. No allocation for the strings themselves.
fn parse_line(line: &str) -> Option<(&str, &str)> {
    let line = line.trim();
    if line.is_empty() || line.starts_with('#') {
        return None;
    }
    let (key, value) = line.split_once('=')?;
    Some((key.trim(), value.trim()))
}

fn lookup<'a>(pairs: &[(&str, &'a str)], key: &str) -> Option<&'a str> {
    pairs.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
}

fn main() {
    let config = String::from(
        "# server settings\nhost = localhost\nport = 8080\n\nmode=debug\nbroken line\n",
    );
    let pairs: Vec<(&str, &str)> = config.lines().filter_map(parse_line).collect();
    for (k, v) in &pairs {
        println!("{:<6}= {}", k, v);
    }
    let port: u16 = lookup(&pairs, "port").and_then(|p| p.parse().ok()).unwrap_or(80);
    println!("port number: {}", port);
    println!("user: {:?}", lookup(&pairs, "user"));
}
