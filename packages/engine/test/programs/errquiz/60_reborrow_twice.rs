fn insert_at_end(buf: &mut String, text: &str) {
    buf.push_str(text);
}

fn newline(buf: &mut String) {
    buf.push('\n');
}

fn main() {
    let mut document = String::new();
    let cursor = &mut document;

    insert_at_end(cursor, "Dear reader,");
    newline(cursor);
    insert_at_end(cursor, "thanks for borrowing.");
    newline(cursor);
    cursor.push_str("-- the librarian");

    println!("{}", document);
    println!("({} bytes)", document.len());
}
