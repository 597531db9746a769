// Puzzle: keep a preview of the old title while building the new one.
fn main() {
    let title = String::from("draft");
    let preview = &title;

    let title = title + " v2";

    println!("{} / {}", preview, title);
}
