// Collapsing repeated log lines with dedup_by and counting the repeats.
fn collapse(lines: &[&str]) -> Vec<(String, usize)> {
    let mut out: Vec<(String, usize)> = Vec::new();
    for &line in lines {
        match out.last_mut() {
            Some((prev, count)) if prev == line => *count += 1,
            _ => out.push((line.to_string(), 1)),
        }
    }
    out
}

fn main() {
    let log = [
        "connect", "retry", "retry", "retry", "connected", "ping", "ping", "bye",
    ];
    for (line, n) in collapse(&log) {
        if n > 1 {
            println!("{} (x{})", line, n);
        } else {
            println!("{}", line);
        }
    }

    // dedup_by compares with the previous kept element, ignoring case here.
    let mut tags = vec!["Rust", "rust", "RUST", "go", "Go", "rust"];
    tags.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
    println!("{:?}", tags);
}
