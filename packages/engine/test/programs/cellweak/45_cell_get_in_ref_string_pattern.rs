use std::cell::Cell;

// Working version: non-Copy data in a Cell uses take/replace, not get
struct Draft {
    body: Cell<String>,
}

impl Draft {
    fn append(&self, more: &str) {
        let mut s = self.body.take();
        s.push_str(more);
        self.body.set(s);
    }

    fn peek_len(&self) -> usize {
        let s = self.body.take();
        let n = s.len();
        self.body.set(s);
        n
    }
}

fn main() {
    let d = Draft { body: Cell::new(String::from("Dear class")) };
    d.append(", ");
    d.append("welcome.");
    println!("len = {}", d.peek_len());
    let old = d.body.replace(String::from("(cleared)"));
    println!("old = {}", old);
    println!("now = {}", d.body.into_inner());
}
