#[derive(Debug)]
struct Book {
    isbn: u32,
    title: &'static str,
}

fn find_book(shelf: &[Book], isbn: u32) -> Result<&Book, String> {
    shelf
        .iter()
        .find(|b| b.isbn == isbn)
        .ok_or_else(|| format!("no book with ISBN {}", isbn))
}

fn first_title(shelf: &[Book]) -> Result<&str, &'static str> {
    shelf.first().map(|b| b.title).ok_or("the shelf is empty")
}

fn main() {
    let shelf = vec![
        Book { isbn: 1001, title: "Dune" },
        Book { isbn: 1002, title: "Neuromancer" },
        Book { isbn: 1003, title: "Hyperion" },
    ];
    println!("{:?}", find_book(&shelf, 1002));
    println!("{:?}", find_book(&shelf, 4242));
    println!("{:?}", first_title(&shelf));
    println!("{:?}", first_title(&[]));
}
