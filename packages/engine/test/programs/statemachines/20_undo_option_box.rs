// An editor whose states form a chain through Option<Box<...>>
#[derive(Debug)]
struct Snapshot {
    text: String,
    previous: Option<Box<Snapshot>>,
}

struct Editor {
    current: Snapshot,
}

impl Editor {
    fn new() -> Self {
        Editor { current: Snapshot { text: String::new(), previous: None } }
    }

    fn type_text(&mut self, s: &str) {
        let mut text = self.current.text.clone();
        text.push_str(s);
        let old = std::mem::replace(&mut self.current, Snapshot { text, previous: None });
        self.current.previous = Some(Box::new(old));
    }

    fn undo(&mut self) -> bool {
        match self.current.previous.take() {
            Some(prev) => {
                self.current = *prev;
                true
            }
            None => false,
        }
    }

    fn history_len(&self) -> usize {
        let mut n = 0;
        let mut cur = &self.current.previous;
        while let Some(snap) = cur {
            n += 1;
            cur = &snap.previous;
        }
        n
    }
}

fn main() {
    let mut ed = Editor::new();
    for word in ["Hello", ", ", "world", "!"] {
        ed.type_text(word);
        println!("{:?} (history {})", ed.current.text, ed.history_len());
    }
    while ed.undo() {
        println!("undo -> {:?}", ed.current.text);
    }
    println!("nothing left to undo: {}", !ed.undo());
}
