fn flush(line: String, out: &mut Vec<String>) {
    out.push(line);
}

fn main() {
    let words = ["alpha", "beta", "gamma", "delta", "epsilon"];
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();

    for w in words {
        if current.len() + w.len() > 10 {
            flush(current, &mut lines);
            current = String::new();
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(w);
    }
    flush(current, &mut lines);

    for l in &lines {
        println!("[{}]", l);
    }
}
