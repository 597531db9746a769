// A String that is supposed to grow, declared without mut.
fn build_title(words: &[&str]) -> String {
    let title = String::with_capacity(32);
    for w in words {
        title.push_str(w);
    }
    title
}

fn main() {
    let t = build_title(&["Heap", "And", "Stack"]);
    println!("{} len={}", t, t.len());
}
