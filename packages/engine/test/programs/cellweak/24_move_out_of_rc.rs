use std::rc::Rc;

struct Book {
    title: String,
    pages: u32,
}

fn main() {
    let book = Rc::new(Book { title: String::from("Dune"), pages: 412 });
    let shelf_copy = Rc::clone(&book);

    // Student mistake: moving a field out of shared data
    let title = book.title;

    println!("{} has {} pages", title, shelf_copy.pages);
}
