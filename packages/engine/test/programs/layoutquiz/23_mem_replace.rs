use std::mem;

struct Editor {
    buffer: String,
    saved: Vec<String>,
}

impl Editor {
    // Move the current buffer out without cloning it
    fn save(&mut self) {
        let old = mem::replace(&mut self.buffer, String::from("(new file)"));
        self.saved.push(old);
    }
}

fn main() {
    let mut ed = Editor { buffer: String::from("draft one"), saved: Vec::new() };
    ed.save();
    ed.buffer.push_str(" edited");
    ed.save();
    println!("buffer now: {}", ed.buffer);
    for (i, s) in ed.saved.iter().enumerate() {
        println!("saved[{}] = {}", i, s);
    }

    let mut level = 3;
    let previous = mem::replace(&mut level, 4);
    println!("level {} -> {}", previous, level);
}
