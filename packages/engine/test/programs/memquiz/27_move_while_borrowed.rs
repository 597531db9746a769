struct Book {
    title: String,
}

fn archive(b: Book) {
    println!("archived {}", b.title);
}

fn main() {
    let book = Book { title: String::from("Dune") };
    let title_ref = &book.title;
    archive(book);
    println!("title was {}", title_ref);
}
