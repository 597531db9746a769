// Exercise: `for x in shelf` consumes the shelf.
struct Shelf {
    books: Vec<String>,
}

impl IntoIterator for Shelf {
    type Item = String;
    type IntoIter = std::vec::IntoIter<String>;
    fn into_iter(self) -> Self::IntoIter {
        self.books.into_iter()
    }
}

fn main() {
    let shelf = Shelf { books: vec!["Emma".to_string(), "Ulysses".to_string()] };
    for b in shelf {
        println!("reading {}", b);
    }
    println!("shelf has {} books", shelf.books.len());
}
