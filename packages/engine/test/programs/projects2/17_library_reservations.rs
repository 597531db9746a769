// Week project: a library with reservation queues per book.
use std::collections::{BTreeMap, VecDeque};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct BookId(u16);

#[derive(Debug)]
enum Event {
    Borrowed { who: String, book: BookId },
    Queued { who: String, book: BookId, position: usize },
    Returned { book: BookId, next: Option<String> },
}

#[derive(Debug)]
enum LibError {
    UnknownBook(BookId),
    AlreadyHolding(String),
    NotBorrowed(BookId),
}

#[derive(Default)]
struct Shelf {
    title: String,
    holder: Option<String>,
    waiting: VecDeque<String>,
}

struct Library {
    shelves: BTreeMap<BookId, Shelf>,
    log: Vec<Event>,
}

impl Library {
    fn shelf(&mut self, book: BookId) -> Result<&mut Shelf, LibError> {
        self.shelves.get_mut(&book).ok_or(LibError::UnknownBook(book))
    }

    fn request(&mut self, who: &str, book: BookId) -> Result<(), LibError> {
        let shelf = self.shelf(book)?;
        if shelf.holder.as_deref() == Some(who) || shelf.waiting.iter().any(|w| w == who) {
            return Err(LibError::AlreadyHolding(who.to_string()));
        }
        let event = if shelf.holder.is_none() {
            shelf.holder = Some(who.to_string());
            Event::Borrowed { who: who.to_string(), book }
        } else {
            shelf.waiting.push_back(who.to_string());
            Event::Queued { who: who.to_string(), book, position: shelf.waiting.len() }
        };
        self.log.push(event);
        Ok(())
    }

    fn give_back(&mut self, book: BookId) -> Result<Option<String>, LibError> {
        let shelf = self.shelf(book)?;
        if shelf.holder.is_none() {
            return Err(LibError::NotBorrowed(book));
        }
        shelf.holder = shelf.waiting.pop_front();
        let next = shelf.holder.clone();
        self.log.push(Event::Returned { book, next: next.clone() });
        Ok(next)
    }
}

fn main() {
    let mut lib = Library { shelves: BTreeMap::new(), log: Vec::new() };
    for (id, title) in [(7, "The Hobbit"), (3, "Emma"), (12, "Ulysses")] {
        lib.shelves.insert(BookId(id), Shelf { title: title.to_string(), ..Default::default() });
    }

    let requests = [
        ("ana", 7), ("ben", 7), ("cleo", 7), ("ben", 7), ("ana", 3), ("dan", 99),
    ];
    for (who, id) in requests {
        if let Err(e) = lib.request(who, BookId(id)) {
            println!("request by {} failed: {:?}", who, e);
        }
    }

    for id in [7, 7, 12, 7, 7] {
        match lib.give_back(BookId(id)) {
            Ok(Some(next)) => println!("book {} passed on to {}", id, next),
            Ok(None) => println!("book {} back on the shelf", id),
            Err(e) => println!("return of {} failed: {:?}", id, e),
        }
    }

    println!("-- log --");
    for (i, ev) in lib.log.iter().enumerate() {
        let line = match ev {
            Event::Borrowed { who, book } => format!("{} borrowed {:?}", who, book),
            Event::Queued { who, book, position } => {
                format!("{} queued for {:?} at #{}", who, book, position)
            }
            Event::Returned { book, next: Some(n) } => format!("{:?} returned, now with {}", book, n),
            Event::Returned { book, next: None } => format!("{:?} returned to shelf", book),
        };
        println!("{:>2}: {}", i, line);
    }

    println!("-- shelves --");
    for (id, shelf) in &lib.shelves {
        let holder = shelf.holder.as_deref().unwrap_or("-");
        println!("{:>3} {:<12} holder {:<5} waiting {:?}", id.0, shelf.title, holder, shelf.waiting);
    }
    let busy = lib.shelves.values().filter(|s| s.holder.is_some()).count();
    println!("{} of {} books out", busy, lib.shelves.len());
}
