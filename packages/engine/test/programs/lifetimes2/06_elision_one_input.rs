// Elision rule: one input reference -> output gets its lifetime.
fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or("")
}

fn trim_prefix(s: &str) -> &str {
    s.trim_start_matches('#').trim()
}

fn main() {
    let doc = String::from("# Title\nbody line one\nbody line two");
    let line = first_line(&doc);
    let title = trim_prefix(line);
    println!("line  = {:?}", line);
    println!("title = {:?}", title);
    println!("doc has {} bytes", doc.len());
}
