use std::mem;

struct Buffer {
    pending: Vec<String>,
    flushed: usize,
}

impl Buffer {
    fn add(&mut self, line: &str) {
        self.pending.push(line.to_string());
    }

    // We only have &mut self, so we cannot move `pending` out directly.
    // mem::take swaps in an empty Vec and hands us the old one.
    fn flush(&mut self) -> Vec<String> {
        let out = mem::take(&mut self.pending);
        self.flushed += out.len();
        out
    }
}

fn main() {
    let mut buf = Buffer { pending: Vec::new(), flushed: 0 };
    buf.add("GET /index.html");
    buf.add("GET /style.css");
    let batch = buf.flush();
    println!("batch 1: {:?}", batch);
    buf.add("POST /login");
    let batch = buf.flush();
    println!("batch 2: {:?}", batch);
    println!("pending now {} / flushed total {}", buf.pending.len(), buf.flushed);

    let mut title = String::from("Draft");
    let old = mem::replace(&mut title, String::from("Final"));
    println!("{} -> {}", old, title);
}
