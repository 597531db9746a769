mod library {
    #[derive(Debug)]
    pub struct Book {
        pub title: String,
        pub author: String,
        pub year: u16,
    }

    pub fn newest(books: &[Book]) -> &Book {
        books.iter().max_by_key(|b| b.year).unwrap()
    }
}

use library::Book;

fn main() {
    let shelf = vec![
        Book { title: "Dune".into(), author: "Frank Herbert".into(), year: 1965 },
        Book { title: "Neuromancer".into(), author: "William Gibson".into(), year: 1984 },
    ];
    println!("{:?}", shelf[0]);
    let n = library::newest(&shelf);
    println!("newest: {}", n);
}
