struct Page(u32);

impl Drop for Page {
    fn drop(&mut self) {
        println!("page {} freed", self.0);
    }
}

fn main() {
    let p1 = Page(1);
    let p2 = Page(2);
    let mut book = Vec::new();
    book.push(p2);
    book.push(p1);
    let p3 = Page(3);
    book.insert(0, p3);
    println!("book has {} pages", book.len());
    book.swap(0, 2);
    println!("first page now {}", book[0].0);
}
