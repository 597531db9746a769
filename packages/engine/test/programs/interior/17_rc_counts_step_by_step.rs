use std::rc::{Rc, Weak};

fn report(label: &str, rc: &Rc<String>) {
    println!("{:<16} strong={} weak={}", label, Rc::strong_count(rc), Rc::weak_count(rc));
}

fn main() {
    let title = Rc::new(String::from("The Rust Book"));
    report("created", &title);

    let reader_a = Rc::clone(&title);
    report("clone a", &title);

    let bookmark: Weak<String> = Rc::downgrade(&title);
    report("downgrade", &title);

    {
        let reader_b = title.clone();
        report("inner clone", &reader_b);
        let peek = bookmark.upgrade().unwrap();
        report("upgrade", &peek);
    }
    report("inner scope end", &title);

    drop(reader_a);
    report("drop a", &title);

    drop(title);
    println!("bookmark still alive? {}", bookmark.upgrade().is_some());
    println!("bookmark strong={} weak={}", bookmark.strong_count(), bookmark.weak_count());
}
