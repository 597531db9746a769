// Exercise: keep a highlight of a document around after loading it.
#[derive(Debug)]
struct Highlight<'a> {
    text: &'a str,
    start: usize,
}

impl<'a> Highlight<'a> {
    fn len(&self) -> usize {
        self.text.len()
    }
}

fn load() -> String {
    String::from("important words inside the document")
}

fn main() {
    let h;
    {
        let doc = load();
        h = Highlight { text: &doc[0..9], start: 0 };
        println!("inside: {:?}", h);
    }
    println!("{} ({} bytes from {})", h.text, h.len(), h.start);
}
