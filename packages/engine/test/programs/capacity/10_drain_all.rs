// drain(..) moves every element out but the Vec keeps its buffer.
fn main() {
    let mut inbox: Vec<String> = Vec::new();
    for name in ["alice", "bob", "carol"] {
        inbox.push(name.to_string());
    }
    println!("inbox: len={} cap={}", inbox.len(), inbox.capacity());

    let processed: Vec<String> = inbox.drain(..).map(|s| s.to_uppercase()).collect();
    println!("inbox after drain: len={} cap={}", inbox.len(), inbox.capacity());
    println!("processed: {:?} len={} cap={}", processed, processed.len(), processed.capacity());
}
