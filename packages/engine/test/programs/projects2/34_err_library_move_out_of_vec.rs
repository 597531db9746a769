// Week project: library checkout. Looking up a book by index moves it out of the Vec.
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum Status {
    Available,
    Loaned { member: String, due_day: u32 },
    Lost,
}

#[derive(Debug)]
struct Book {
    isbn: String,
    title: String,
    status: Status,
}

#[derive(Debug)]
enum CheckoutError {
    NotFound(String),
    Unavailable { title: String, status: Status },
}

impl fmt::Display for CheckoutError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            CheckoutError::NotFound(isbn) => write!(f, "no book with isbn {}", isbn),
            CheckoutError::Unavailable { title, status } => {
                write!(f, "'{}' is not available ({:?})", title, status)
            }
        }
    }
}

struct Catalogue {
    books: Vec<Book>,
    today: u32,
}

impl Catalogue {
    fn index_of(&self, isbn: &str) -> Option<usize> {
        self.books.iter().position(|b| b.isbn == isbn)
    }

    fn title_of(&self, isbn: &str) -> Option<String> {
        let i = self.index_of(isbn)?;
        let book = self.books[i];
        Some(book.title)
    }

    fn checkout(&mut self, isbn: &str, member: &str) -> Result<u32, CheckoutError> {
        let i = self.index_of(isbn).ok_or_else(|| CheckoutError::NotFound(isbn.to_string()))?;
        let due_day = self.today + 14;
        let book = &mut self.books[i];
        if book.status != Status::Available {
            return Err(CheckoutError::Unavailable {
                title: book.title.clone(),
                status: book.status.clone(),
            });
        }
        book.status = Status::Loaned { member: member.to_string(), due_day };
        Ok(due_day)
    }

    fn overdue(&self) -> Vec<(&str, &str)> {
        self.books
            .iter()
            .filter_map(|b| match &b.status {
                Status::Loaned { member, due_day } if *due_day < self.today => {
                    Some((b.title.as_str(), member.as_str()))
                }
                _ => None,
            })
            .collect()
    }
}

fn book(isbn: &str, title: &str) -> Book {
    Book { isbn: isbn.to_string(), title: title.to_string(), status: Status::Available }
}

fn main() {
    let mut cat = Catalogue {
        books: vec![
            book("978-0", "Middlemarch"),
            book("978-1", "Beloved"),
            book("978-2", "Solaris"),
        ],
        today: 1,
    };
    cat.books[2].status = Status::Lost;

    for (isbn, member) in [("978-0", "ivy"), ("978-0", "max"), ("978-2", "ivy"), ("999", "max")] {
        match cat.checkout(isbn, member) {
            Ok(due) => println!("{} borrowed {:?}, due day {}", member, cat.title_of(isbn), due),
            Err(e) => println!("{} could not borrow: {}", member, e),
        }
    }
    cat.today = 20;
    println!("overdue on day {}: {:?}", cat.today, cat.overdue());
}
