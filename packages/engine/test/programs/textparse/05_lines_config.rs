// Reading key=value lines, skipping comments and blank lines.
fn main() {
    let config = "\
# server settings
host = localhost
port=8080

  timeout =  30
# end
debug = true";

    let mut count = 0;
    for (lineno, line) in config.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        match line.split_once('=') {
            Some((key, value)) => {
                count += 1;
                println!("line {}: {:<8}= {:?}", lineno + 1, key.trim(), value.trim());
            }
            None => println!("line {}: malformed", lineno + 1),
        }
    }
    println!("{} settings", count);
}
