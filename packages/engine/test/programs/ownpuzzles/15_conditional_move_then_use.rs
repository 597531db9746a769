// Puzzle: the log is archived only when it is full.
fn archive(log: Vec<String>) {
    println!("archived {} lines", log.len());
}

fn main() {
    let mut log = vec![String::from("start")];
    log.push(String::from("step"));

    let full = log.len() > 1;
    if full {
        archive(log);
    }

    println!("log has {} lines", log.len());
}
