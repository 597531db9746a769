#[derive(Debug)]
struct Book {
    title: String,
    year: u16,
    isbn: Option<String>,
}

fn main() {
    let shelf = vec![
        Book { title: "Dune".to_string(), year: 1965, isbn: Some("978-0441013593".to_string()) },
        Book { title: "Neuromancer".to_string(), year: 1984, isbn: None },
        Book { title: "Hyperion".to_string(), year: 1989, isbn: Some("978-0553283686".to_string()) },
    ];

    // Option<&Book> from a search
    match shelf.iter().find(|b| b.year > 1980) {
        Some(Book { title, year, .. }) => println!("first after 1980: {} ({})", title, year),
        None => println!("none after 1980"),
    }

    // Option<&Book> from get(): pattern can reach through the reference
    for i in [0, 1, 5] {
        match shelf.get(i) {
            Some(&Book { year, ref title, .. }) if year < 1970 => println!("[{}] classic: {}", i, title),
            Some(b) => println!("[{}] {}", i, b.title),
            None => println!("[{}] out of range", i),
        }
    }

    // Option<&String> via as_ref() keeps the isbn inside the book
    for b in &shelf {
        let label = match b.isbn.as_ref() {
            Some(s) if s.starts_with("978-0441") => "Ace Books",
            Some(_) => "other publisher",
            None => "unknown",
        };
        println!("{}: {}", b.title, label);
    }

    // Option<&i32> from max()
    let years: Vec<i32> = shelf.iter().map(|b| b.year as i32).collect();
    if let Some(&newest) = years.iter().max() {
        println!("newest year: {}", newest);
    }
    let copied: Option<i32> = years.first().copied();
    println!("first year: {:?}", copied);
}
