use std::fmt;

#[derive(Debug)]
enum LoanError {
    NoSuchBook(u32),
    AlreadyOut { title: String, by: String },
    NotBorrowed(u32),
    LimitReached(String),
}

impl fmt::Display for LoanError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            LoanError::NoSuchBook(id) => write!(f, "book #{} does not exist", id),
            LoanError::AlreadyOut { title, by } => write!(f, "'{}' is checked out by {}", title, by),
            LoanError::NotBorrowed(id) => write!(f, "book #{} was not checked out", id),
            LoanError::LimitReached(who) => write!(f, "{} already has the maximum of 2 books", who),
        }
    }
}

struct Book {
    id: u32,
    title: String,
    borrower: Option<String>,
}

struct Library {
    books: Vec<Book>,
}

impl Library {
    fn book_mut(&mut self, id: u32) -> Result<&mut Book, LoanError> {
        self.books.iter_mut().find(|b| b.id == id).ok_or(LoanError::NoSuchBook(id))
    }

    fn loans_of(&self, member: &str) -> usize {
        self.books.iter().filter(|b| b.borrower.as_deref() == Some(member)).count()
    }

    fn checkout(&mut self, id: u32, member: &str) -> Result<(), LoanError> {
        if self.loans_of(member) >= 2 {
            return Err(LoanError::LimitReached(member.to_string()));
        }
        let book = self.book_mut(id)?;
        if let Some(by) = &book.borrower {
            return Err(LoanError::AlreadyOut { title: book.title.clone(), by: by.clone() });
        }
        book.borrower = Some(member.to_string());
        Ok(())
    }

    fn give_back(&mut self, id: u32) -> Result<String, LoanError> {
        let book = self.book_mut(id)?;
        book.borrower.take().ok_or(LoanError::NotBorrowed(id))
    }
}

fn main() {
    let titles = ["Dune", "Emma", "Ulysses", "Beloved"];
    let mut lib = Library {
        books: titles.iter().enumerate().map(|(i, t)| Book { id: i as u32 + 1, title: t.to_string(), borrower: None }).collect(),
    };

    let actions: Vec<Result<String, LoanError>> = vec![
        lib.checkout(1, "ana").map(|_| "ana took #1".to_string()),
        lib.checkout(1, "ben").map(|_| "ben took #1".to_string()),
        lib.checkout(2, "ana").map(|_| "ana took #2".to_string()),
        lib.checkout(3, "ana").map(|_| "ana took #3".to_string()),
        lib.give_back(1).map(|who| format!("{} returned #1", who)),
        lib.give_back(4),
        lib.checkout(9, "ben").map(|_| "ben took #9".to_string()),
    ];
    for a in actions {
        match a {
            Ok(msg) => println!("ok:  {}", msg),
            Err(e) => println!("err: {}", e),
        }
    }
    for b in &lib.books {
        println!("#{} {:<8} {}", b.id, b.title, b.borrower.as_deref().unwrap_or("-"));
    }
}
