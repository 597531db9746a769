fn parse_command(raw: &str) -> String {
    let line = raw.trim();
    if let Some(rest) = line.strip_prefix("say ") {
        format!("SAY: {}", rest.trim())
    } else if let Some(name) = line.strip_suffix("?") {
        format!("QUESTION: {}", name)
    } else if line.is_empty() {
        String::from("EMPTY")
    } else {
        format!("UNKNOWN: {}", line)
    }
}

fn main() {
    let inputs = ["  say hello  ", "where?", "   ", "jump", "say    spaced out"];
    for raw in inputs.iter() {
        println!("{:?} => {}", raw, parse_command(raw));
    }

    let padded = "**title**";
    println!("{}", padded.trim_matches('*'));
    println!("{}", padded.trim_start_matches('*'));
    println!("{}", padded.trim_end_matches('*'));
    println!("[{}] [{}]", "  x  ".trim_start(), "  x  ".trim_end());
}
