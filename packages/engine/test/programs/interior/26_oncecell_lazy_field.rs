use std::cell::{Cell, OnceCell};

struct Document {
    text: String,
    word_count: OnceCell<usize>,
    computed: Cell<u8>,
}

impl Document {
    fn new(text: &str) -> Self {
        Document { text: text.to_string(), word_count: OnceCell::new(), computed: Cell::new(0) }
    }

    fn words(&self) -> usize {
        *self.word_count.get_or_init(|| {
            self.computed.set(self.computed.get() + 1);
            self.text.split_whitespace().count()
        })
    }
}

fn main() {
    let doc = Document::new("the quick brown fox jumps over the lazy dog");
    println!("cached before: {:?}", doc.word_count.get());
    for _ in 0..3 {
        println!("words: {}", doc.words());
    }
    println!("computed {} time(s)", doc.computed.get());
    println!("cached after: {:?}", doc.word_count.get());
}
