// splitn keeps the rest of the line together in the last piece.
fn main() {
    let logs = [
        "ERROR 2024-01-05 disk full on /dev/sda1",
        "INFO 2024-01-05 backup finished: 3 files",
        "WARN",
    ];
    for entry in logs {
        let mut parts = entry.splitn(3, ' ');
        let level = parts.next().unwrap_or("?");
        let date = parts.next().unwrap_or("-");
        let message = parts.next().unwrap_or("");
        println!("[{}] {} | {}", level, date, message);
    }

    // Compare with plain split: the message is broken apart.
    let pieces: Vec<&str> = logs[0].split(' ').collect();
    println!("split gives {} pieces", pieces.len());
    let limited: Vec<&str> = logs[0].splitn(2, ' ').collect();
    println!("splitn(2) gives {:?}", limited);
}
