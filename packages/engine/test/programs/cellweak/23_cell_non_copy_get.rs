use std::cell::Cell;

struct Label {
    text: Cell<String>,
}

fn main() {
    let label = Label { text: Cell::new(String::from("draft")) };

    // Student mistake: get() needs T: Copy
    let current = label.text.get();
    println!("label = {}", current);
}
