use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Status {
    Available,
    OnLoan { member: u32, due_day: u32 },
}

#[derive(Debug)]
struct Book {
    isbn: String,
    title: String,
    author: String,
    status: Status,
}

#[derive(Debug)]
struct Member {
    id: u32,
    name: String,
    max_loans: usize,
}

struct Library {
    books: Vec<Book>,
    members: HashMap<u32, Member>,
    today: u32,
}

impl Library {
    fn new() -> Library {
        Library { books: vec![], members: HashMap::new(), today: 1 }
    }

    fn add_book(&mut self, isbn: &str, title: &str, author: &str) {
        self.books.push(Book {
            isbn: isbn.into(),
            title: title.into(),
            author: author.into(),
            status: Status::Available,
        });
    }

    fn join(&mut self, id: u32, name: &str, max_loans: usize) {
        self.members.insert(id, Member { id, name: name.to_owned(), max_loans });
    }

    fn loans_of(&self, member: u32) -> usize {
        self.books
            .iter()
            .filter(|b| matches!(b.status, Status::OnLoan { member: m, .. } if m == member))
            .count()
    }

    fn lend(&mut self, isbn: &str, member: u32) -> Result<u32, String> {
        let limit = match self.members.get(&member) {
            Some(m) => m.max_loans,
            None => return Err(format!("no member with id {}", member)),
        };
        if self.loans_of(member) >= limit {
            return Err(format!("member {} has reached the limit of {}", member, limit));
        }
        let due_day = self.today + 14;
        let book = self
            .books
            .iter_mut()
            .find(|b| b.isbn == isbn)
            .ok_or_else(|| format!("unknown isbn {}", isbn))?;
        match book.status {
            Status::Available => {
                book.status = Status::OnLoan { member, due_day };
                Ok(due_day)
            }
            Status::OnLoan { .. } => Err(format!("'{}' is already on loan", book.title)),
        }
    }

    fn give_back(&mut self, isbn: &str) -> Option<u32> {
        let today = self.today;
        let book = self.books.iter_mut().find(|b| b.isbn == isbn)?;
        if let Status::OnLoan { due_day, .. } = book.status {
            book.status = Status::Available;
            Some(today.saturating_sub(due_day) * 25) // fine in cents
        } else {
            None
        }
    }

    fn overdue(&self) -> Vec<(&str, &str)> {
        let mut list = Vec::new();
        for b in &self.books {
            if let Status::OnLoan { member, due_day } = b.status {
                if due_day < self.today {
                    list.push((b.title.as_str(), self.members[&member].name.as_str()));
                }
            }
        }
        list
    }
}

fn main() {
    let mut lib = Library::new();
    lib.add_book("978-0", "The Rust Programming Language", "Klabnik & Nichols");
    lib.add_book("978-1", "Programming Rust", "Blandy & Orendorff");
    lib.add_book("978-2", "Rust in Action", "McNamara");
    lib.join(1, "Ines", 2);
    lib.join(2, "Tomasz", 1);

    println!("{:?}", lib.lend("978-0", 1));
    println!("{:?}", lib.lend("978-0", 2));
    println!("{:?}", lib.lend("978-1", 2));
    println!("{:?}", lib.lend("978-2", 2));
    println!("{:?}", lib.lend("978-2", 7));
    println!("{:?}", lib.lend("999-9", 1));

    lib.today = 20;
    println!("overdue on day {}: {:?}", lib.today, lib.overdue());
    println!("fine for 978-0: {:?}", lib.give_back("978-0"));
    println!("fine for 978-2: {:?}", lib.give_back("978-2"));

    let mut ids: Vec<_> = lib.members.keys().copied().collect();
    ids.sort();
    for id in ids {
        let m = &lib.members[&id];
        println!("{} ({}) has {} loan(s), limit {}", m.name, m.id, lib.loans_of(id), m.max_loans);
    }
    for b in &lib.books {
        println!("{:<32} by {:<20} {:?}", b.title, b.author, b.status);
    }
}
