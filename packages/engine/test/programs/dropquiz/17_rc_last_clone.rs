// An Rc's value is dropped when the last clone goes away.
use std::rc::Rc;

struct Document {
    title: &'static str,
}

impl Drop for Document {
    fn drop(&mut self) {
        println!("document '{}' freed", self.title);
    }
}

fn main() {
    let doc = Rc::new(Document { title: "notes" });
    let reader = Rc::clone(&doc);
    {
        let editor = Rc::clone(&doc);
        println!("count inside block = {}", Rc::strong_count(&editor));
    }
    println!("count after block = {}", Rc::strong_count(&doc));
    drop(doc);
    println!("dropped doc, reader still sees '{}'", reader.title);
    drop(reader);
    println!("end of main");
}
