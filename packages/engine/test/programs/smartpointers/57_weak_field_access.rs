use std::rc::{Rc, Weak};

struct Folder {
    name: String,
    parent: Weak<Folder>,
}

fn main() {
    let root = Rc::new(Folder { name: "home".to_string(), parent: Weak::new() });
    let docs = Folder { name: "docs".to_string(), parent: Rc::downgrade(&root) };

    println!("{} is inside {}", docs.name, docs.parent.name);
}
