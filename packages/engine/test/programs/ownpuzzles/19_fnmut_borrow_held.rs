// Puzzle: the closure records messages. Can we peek at the log in between?
fn main() {
    let mut log: Vec<String> = Vec::new();

    let mut record = |msg: &str| log.push(msg.to_string());

    record("start");
    println!("entries so far: {}", log.len());
    record("finish");
}
