// lifetimes3: a struct that holds references needs a lifetime parameter.
struct Book<'a> {
    author: &'a str,
    title: &'a str,
}

impl<'a> Book<'a> {
    fn citation(&self) -> String {
        format!("{}, \"{}\"", self.author, self.title)
    }

    fn author_surname(&self) -> &'a str {
        self.author.split_whitespace().last().unwrap_or("")
    }
}

fn main() {
    let name = String::from("Jill Smith");
    let title = String::from("Fish Flying");
    let book = Book { author: &name, title: &title };

    println!("{} by {}", book.title, book.author);
    println!("cite as: {}", book.citation());
    println!("surname: {}", book.author_surname());
}
