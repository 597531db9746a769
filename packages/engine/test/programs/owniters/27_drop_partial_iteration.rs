// Breaking out early drops the remaining items with the iterator.
struct Page(u32);

impl Drop for Page {
    fn drop(&mut self) {
        println!("free page {}", self.0);
    }
}

struct Book {
    pages: std::vec::IntoIter<Page>,
}

impl Iterator for Book {
    type Item = Page;
    fn next(&mut self) -> Option<Page> {
        self.pages.next()
    }
}

fn main() {
    let book = Book { pages: vec![Page(1), Page(2), Page(3), Page(4)].into_iter() };
    for p in book {
        println!("reading page {}", p.0);
        if p.0 == 2 {
            println!("stop reading");
            break;
        }
    }
    println!("after loop");
}
