// Many excerpts borrowing from one document.
#[derive(Debug)]
struct Excerpt<'a> {
    line_no: usize,
    part: &'a str,
}

fn find_lines<'a>(doc: &'a str, needle: &str) -> Vec<Excerpt<'a>> {
    doc.lines()
        .enumerate()
        .filter(|(_, l)| l.contains(needle))
        .map(|(i, l)| Excerpt { line_no: i + 1, part: l })
        .collect()
}

fn main() {
    let doc = String::from("fn main() {\n    let x = 5;\n    let y = x + 1;\n}");
    let hits = find_lines(&doc, "let");
    for h in &hits {
        println!("{:>3}: {}", h.line_no, h.part.trim());
    }
    println!("{:?}", hits[0]);
}
