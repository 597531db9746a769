// Each log line should start with a level tag; a malformed line panics via expect().
fn message_of(line: &str) -> &str {
    let rest = line
        .strip_prefix('[')
        .expect("log line must start with '['");
    let (level, msg) = rest.split_once(']').expect("missing ']'");
    println!("level = {:<5}", level);
    msg.trim()
}

fn main() {
    let log = "[INFO] server started
[WARN] disk almost full
ERROR no bracket here
[INFO] shutting down";
    for line in log.lines() {
        let msg = message_of(line);
        println!("message = {}", msg);
    }
}
