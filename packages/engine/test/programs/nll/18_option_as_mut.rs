// Option::as_mut borrows the inside of an Option mutably
// without moving it out.
struct Editor {
    draft: Option<String>,
    saves: u32,
}

impl Editor {
    fn type_text(&mut self, s: &str) {
        match self.draft.as_mut() {
            Some(d) => d.push_str(s),
            None => self.draft = Some(s.to_string()),
        }
    }
    fn save(&mut self) {
        if let Some(d) = &mut self.draft {
            d.push('.');
            self.saves += 1;
        }
    }
}

fn main() {
    let mut ed = Editor { draft: None, saves: 0 };
    ed.type_text("Hello");
    ed.type_text(", world");
    ed.save();
    ed.type_text(" Bye");
    ed.save();
    println!("{:?} after {} saves", ed.draft.as_deref(), ed.saves);
    let len = ed.draft.as_ref().map(|d| d.len()).unwrap_or(0);
    println!("length {}", len);
}
