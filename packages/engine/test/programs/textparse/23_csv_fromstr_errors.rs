// A FromStr impl with a custom error enum, reporting line numbers.
use std::error::Error;
use std::fmt;
use std::str::FromStr;

#[derive(Debug)]
struct Book {
    title: String,
    year: u16,
    pages: u32,
}

#[derive(Debug)]
enum RecordError {
    WrongFieldCount(usize),
    EmptyTitle,
    BadNumber { field: &'static str, value: String },
}

impl fmt::Display for RecordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RecordError::WrongFieldCount(n) => write!(f, "expected 3 fields, got {}", n),
            RecordError::EmptyTitle => write!(f, "title is empty"),
            RecordError::BadNumber { field, value } => write!(f, "{} is not a number: {:?}", field, value),
        }
    }
}

impl Error for RecordError {}

impl FromStr for Book {
    type Err = RecordError;
    fn from_str(line: &str) -> Result<Book, RecordError> {
        let parts: Vec<&str> = line.split(';').map(|p| p.trim()).collect();
        if parts.len() != 3 {
            return Err(RecordError::WrongFieldCount(parts.len()));
        }
        if parts[0].is_empty() {
            return Err(RecordError::EmptyTitle);
        }
        let year = parts[1].parse().map_err(|_| RecordError::BadNumber { field: "year", value: parts[1].to_string() })?;
        let pages = parts[2].parse().map_err(|_| RecordError::BadNumber { field: "pages", value: parts[2].to_string() })?;
        Ok(Book { title: parts[0].to_string(), year, pages })
    }
}

fn main() {
    let input = "Dune; 1965; 412\n ; 2001; 100\nNeuromancer; 1984\nThe Hobbit; 1937; 310\nSnow Crash; 19xx; 480";
    let mut books = Vec::new();
    for (i, line) in input.lines().enumerate() {
        match line.parse::<Book>() {
            Ok(b) => books.push(b),
            Err(e) => {
                let as_dyn: &dyn Error = &e;
                println!("line {}: {}", i + 1, as_dyn);
            }
        }
    }
    books.sort_by_key(|b| b.year);
    for b in &books {
        println!("{} ({}) - {} pages", b.title, b.year, b.pages);
    }
}
