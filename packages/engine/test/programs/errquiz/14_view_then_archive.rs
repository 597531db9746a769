struct Document {
    text: String,
}

struct Preview<'a> {
    doc: &'a Document,
}

impl<'a> Preview<'a> {
    fn show(&self) {
        let end = self.doc.text.len().min(12);
        println!("preview: {}...", &self.doc.text[..end]);
    }
}

fn archive(doc: Document) {
    println!("archived {} bytes", doc.text.len());
}

fn main() {
    let doc = Document { text: String::from("Meeting notes for Monday") };
    let preview = Preview { doc: &doc };
    archive(doc);
    preview.show();
}
