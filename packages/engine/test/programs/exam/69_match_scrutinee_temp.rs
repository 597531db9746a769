struct Reader {
    lines: Vec<&'static str>,
}

impl Drop for Reader {
    fn drop(&mut self) {
        println!("reader closed");
    }
}

impl Reader {
    fn open() -> Reader {
        println!("reader opened");
        Reader { lines: vec!["header", "row1"] }
    }
    fn first(&self) -> Option<&&'static str> {
        self.lines.first()
    }
}

fn main() {
    match Reader::open().first() {
        Some(line) => println!("first line: {}", line),
        None => println!("empty"),
    }
    println!("after match");
    let n = Reader::open().lines.len();
    println!("n = {}", n);
}
