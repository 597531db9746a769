// Week project: a small library system with books, members and loans.
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Genre {
    Fiction,
    Science,
    History,
}

#[derive(Debug)]
struct Book {
    id: u32,
    title: String,
    genre: Genre,
    on_loan_to: Option<u32>,
}

#[derive(Debug)]
struct Member {
    id: u32,
    name: String,
    max_loans: usize,
}

#[derive(Debug, PartialEq)]
enum LoanError {
    NoSuchBook(u32),
    NoSuchMember(u32),
    AlreadyLoaned { book: u32, to: u32 },
    LimitReached(String),
    NotLoaned(u32),
}

impl fmt::Display for LoanError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            LoanError::NoSuchBook(id) => write!(f, "no book with id {}", id),
            LoanError::NoSuchMember(id) => write!(f, "no member with id {}", id),
            LoanError::AlreadyLoaned { book, to } => {
                write!(f, "book {} is already loaned to member {}", book, to)
            }
            LoanError::LimitReached(name) => write!(f, "{} has reached the loan limit", name),
            LoanError::NotLoaned(id) => write!(f, "book {} is not on loan", id),
        }
    }
}

struct Library {
    books: Vec<Book>,
    members: Vec<Member>,
}

impl Library {
    fn new() -> Self {
        Library { books: Vec::new(), members: Vec::new() }
    }

    fn add_book(&mut self, title: &str, genre: Genre) -> u32 {
        let id = self.books.len() as u32 + 100;
        self.books.push(Book { id, title: title.to_string(), genre, on_loan_to: None });
        id
    }

    fn add_member(&mut self, name: &str, max_loans: usize) -> u32 {
        let id = self.members.len() as u32 + 1;
        self.members.push(Member { id, name: name.to_string(), max_loans });
        id
    }

    fn loans_of(&self, member_id: u32) -> usize {
        self.books.iter().filter(|b| b.on_loan_to == Some(member_id)).count()
    }

    fn lend(&mut self, book_id: u32, member_id: u32) -> Result<(), LoanError> {
        let member = self
            .members
            .iter()
            .find(|m| m.id == member_id)
            .ok_or(LoanError::NoSuchMember(member_id))?;
        if self.loans_of(member_id) >= member.max_loans {
            return Err(LoanError::LimitReached(member.name.clone()));
        }
        let book = self
            .books
            .iter_mut()
            .find(|b| b.id == book_id)
            .ok_or(LoanError::NoSuchBook(book_id))?;
        if let Some(to) = book.on_loan_to {
            return Err(LoanError::AlreadyLoaned { book: book_id, to });
        }
        book.on_loan_to = Some(member_id);
        Ok(())
    }

    fn give_back(&mut self, book_id: u32) -> Result<u32, LoanError> {
        let book = self
            .books
            .iter_mut()
            .find(|b| b.id == book_id)
            .ok_or(LoanError::NoSuchBook(book_id))?;
        book.on_loan_to.take().ok_or(LoanError::NotLoaned(book_id))
    }

    fn report(&self) {
        for book in &self.books {
            let status = match book.on_loan_to {
                Some(m) => format!("loaned to #{}", m),
                None => String::from("available"),
            };
            println!("  [{}] {:<22} {:?} - {}", book.id, book.title, book.genre, status);
        }
    }
}

fn main() {
    let mut lib = Library::new();
    let dune = lib.add_book("Dune", Genre::Fiction);
    let cosmos = lib.add_book("Cosmos", Genre::Science);
    let spqr = lib.add_book("SPQR", Genre::History);
    let ada = lib.add_member("Ada", 2);
    let bob = lib.add_member("Bob", 1);

    let attempts = [
        (dune, ada),
        (cosmos, ada),
        (spqr, ada),
        (dune, bob),
        (spqr, bob),
        (999, bob),
        (cosmos, 7),
    ];
    for (book, member) in attempts.iter() {
        match lib.lend(*book, *member) {
            Ok(()) => println!("lent {} to {}", book, member),
            Err(e) => println!("cannot lend {}: {}", book, e),
        }
    }

    println!("Catalogue:");
    lib.report();

    match lib.give_back(dune) {
        Ok(m) => println!("{} returned by member {}", dune, m),
        Err(e) => println!("error: {}", e),
    }
    if let Err(e) = lib.give_back(dune) {
        println!("second return failed: {}", e);
    }
    let fiction = lib.books.iter().filter(|b| b.genre == Genre::Fiction).count();
    println!("fiction titles: {}, Ada holds {}", fiction, lib.loans_of(ada));
}
