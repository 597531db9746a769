// Puzzle: keep a &str into a freshly built label.
fn make_label(id: u32) -> String {
    format!("label-{}", id)
}

fn main() {
    let label: &str = make_label(7).as_str();
    println!("{}", label);
}
