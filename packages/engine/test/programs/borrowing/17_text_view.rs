// A read-only "view" over a document: it stores slices, never copies.
struct Document {
    text: String,
}

struct LineView<'d> {
    lines: Vec<&'d str>,
}

impl Document {
    fn view(&self) -> LineView<'_> {
        LineView { lines: self.text.lines().collect() }
    }
}

impl<'d> LineView<'d> {
    fn longest(&self) -> Option<&'d str> {
        self.lines.iter().copied().max_by_key(|l| l.len())
    }

    fn containing(&self, needle: &str) -> Vec<&'d str> {
        self.lines.iter().filter(|l| l.contains(needle)).copied().collect()
    }
}

fn main() {
    let doc = Document {
        text: String::from("fn main() {\n    let x = 5;\n    println!(\"{}\", x);\n}"),
    };
    let view = doc.view();
    println!("{} lines", view.lines.len());
    println!("longest: {:?}", view.longest());
    for l in view.containing("x") {
        println!("has x: {}", l.trim());
    }
}
