#[derive(Debug, Default)]
struct Editor {
    buffer: String,
    clipboard: String,
}

impl Editor {
    fn cut_all(&mut self) -> usize {
        self.clipboard = std::mem::take(&mut self.buffer);
        self.clipboard.len()
    }
}

fn main() {
    let mut ed = Editor::default();
    ed.buffer.push_str("Lorem ipsum dolor");
    let n = ed.cut_all();
    println!("cut {} chars", n);
    println!("{:?}", ed);
}
