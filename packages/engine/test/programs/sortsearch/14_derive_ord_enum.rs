// Enum variants compare in the order they are declared.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Severity {
    Info,
    Warning,
    Error,
    Fatal,
}

fn main() {
    let mut logs = vec![
        (Severity::Warning, "disk 80% full"),
        (Severity::Info, "started"),
        (Severity::Fatal, "out of memory"),
        (Severity::Error, "request failed"),
        (Severity::Info, "heartbeat"),
    ];
    logs.sort_by(|a, b| b.0.cmp(&a.0));
    for (sev, msg) in &logs {
        println!("{:?}: {}", sev, msg);
    }
    println!("{}", Severity::Warning > Severity::Info);
    let serious = logs.iter().filter(|(s, _)| *s >= Severity::Error).count();
    println!("serious: {}", serious);
}
