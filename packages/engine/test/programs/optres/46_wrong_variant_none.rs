struct Library {
    books: Vec<(u32, String)>,
}

impl Library {
    fn title(&self, id: u32) -> Result<&String, String> {
        for (book_id, title) in &self.books {
            if *book_id == id {
                return Ok(title);
            }
        }
        None
    }
}

fn main() {
    let lib = Library { books: vec![(1, "Dune".to_string()), (2, "Emma".to_string())] };
    println!("{:?}", lib.title(2));
    println!("{:?}", lib.title(7));
}
