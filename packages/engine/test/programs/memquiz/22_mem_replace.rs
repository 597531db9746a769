use std::mem;

struct Editor {
    buffer: String,
    history: Vec<String>,
}

impl Editor {
    fn commit(&mut self, next: &str) {
        let old = mem::replace(&mut self.buffer, next.to_string());
        self.history.push(old);
    }
}

fn main() {
    let mut ed = Editor { buffer: String::from("draft 1"), history: Vec::new() };
    ed.commit("draft 2");
    ed.commit("final");
    println!("buffer: {}", ed.buffer);
    println!("history: {:?}", ed.history);

    let mut n = 5;
    let prev = mem::replace(&mut n, 10);
    println!("prev = {}, n = {}", prev, n);
}
