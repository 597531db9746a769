// Puzzle: the move is inside a loop, but it is followed by `break`.
fn send(report: String) -> usize {
    println!("sending {}", report);
    report.len()
}

fn main() {
    let report = String::from("weekly");
    let mut attempt = 0;
    let sent_bytes;

    loop {
        attempt += 1;
        if attempt < 3 {
            println!("attempt {} skipped", attempt);
            continue;
        }
        sent_bytes = send(report);
        break;
    }

    println!("sent {} bytes after {} attempts", sent_bytes, attempt);
}
