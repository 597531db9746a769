// Quiz: destructuring a struct with a field it does not have.
struct Book {
    title: String,
    pages: u32,
}

fn summary(b: &Book) -> String {
    let Book { title, page_count, .. } = b;
    format!("{} ({} pages)", title, page_count)
}

fn main() {
    let b = Book { title: String::from("Dune"), pages: 412 };
    println!("{}", summary(&b));
    println!("{}", b.pages);
}
