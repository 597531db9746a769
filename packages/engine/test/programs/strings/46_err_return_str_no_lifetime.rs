fn make_label(id: u32, kind: char) -> &str {
    let label = format!("{}-{:04}", kind, id);
    &label
}

fn main() {
    let ids = [7, 42, 1999];
    for id in ids {
        println!("{}", make_label(id, 'A'));
    }
}
