// Student attempt: build a string and hand back a slice of it.
fn make_label(id: u32) -> &'static str {
    let label = format!("item-{:04}", id);
    &label
}

fn main() {
    for id in [7, 42] {
        println!("{}", make_label(id));
    }
}
