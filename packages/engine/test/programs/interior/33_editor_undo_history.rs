use std::cell::{Cell, RefCell};

struct Editor {
    text: RefCell<String>,
    history: RefCell<Vec<String>>,
    edits: Cell<usize>,
}

impl Editor {
    fn new() -> Self {
        Editor { text: RefCell::new(String::new()), history: RefCell::new(Vec::new()), edits: Cell::new(0) }
    }

    fn type_text(&self, s: &str) {
        let snapshot = self.text.borrow().clone();
        self.history.borrow_mut().push(snapshot);
        self.text.borrow_mut().push_str(s);
        self.edits.set(self.edits.get() + 1);
    }

    fn undo(&self) -> bool {
        let prev = self.history.borrow_mut().pop();
        match prev {
            Some(p) => {
                *self.text.borrow_mut() = p;
                true
            }
            None => false,
        }
    }
}

fn main() {
    let ed = Editor::new();
    ed.type_text("Hello");
    ed.type_text(", world");
    ed.type_text("!!!");
    println!("text: {:?}", ed.text.borrow());
    ed.undo();
    println!("after undo: {:?}", ed.text.borrow());
    ed.undo();
    ed.undo();
    println!("undo on empty history: {}", ed.undo());
    println!("text: {:?}, edits made: {}", ed.text.borrow(), ed.edits.get());
}
