// Cell<T> for Copy values: mutate through a shared reference.
use std::cell::Cell;

struct Page {
    title: String,
    views: Cell<u32>,
    last_viewer: Cell<Option<u32>>,
}

impl Page {
    fn view(&self, user: u32) {
        self.views.set(self.views.get() + 1);
        self.last_viewer.set(Some(user));
    }
}

fn render(p: &Page, user: u32) -> String {
    p.view(user);
    format!("<h1>{}</h1> ({} views)", p.title, p.views.get())
}

fn main() {
    let page = Page { title: "Home".into(), views: Cell::new(0), last_viewer: Cell::new(None) };
    println!("{}", render(&page, 7));
    println!("{}", render(&page, 8));
    let r1 = &page;
    let r2 = &page;
    r1.view(1);
    r2.view(2);
    println!("views = {}, last viewer = {:?}", page.views.get(), page.last_viewer.get());

    let c = Cell::new(10);
    let old = c.replace(20);
    println!("old {}, new {}", old, c.get());
    let taken = c.take();
    println!("taken {}, left {}", taken, c.get());
    c.set(5);
    let cells = [Cell::new(1), Cell::new(2), Cell::new(3)];
    for cell in &cells {
        cell.set(cell.get() * c.get());
    }
    let values: Vec<i32> = cells.iter().map(|x| x.get()).collect();
    println!("scaled: {:?}", values);
    println!("into_inner: {}", c.into_inner());
}
