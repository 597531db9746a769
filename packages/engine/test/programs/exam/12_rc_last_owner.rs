use std::rc::Rc;

struct Document {
    title: String,
}

impl Drop for Document {
    fn drop(&mut self) {
        println!("freeing '{}'", self.title);
    }
}

fn main() {
    let doc = Rc::new(Document { title: String::from("report.txt") });
    let editor = Rc::clone(&doc);
    {
        let viewer = Rc::clone(&doc);
        println!("count = {}", Rc::strong_count(&viewer));
    }
    println!("count = {}", Rc::strong_count(&doc));
    drop(doc);
    println!("doc handle gone, editor sees {}", editor.title);
    drop(editor);
    println!("end of main");
}
