use std::cell::OnceCell;

struct Catalog {
    items: Vec<(&'static str, u32)>,
    total: OnceCell<u32>,
}

impl Catalog {
    fn total(&self) -> u32 {
        *self.total.get_or_init(|| {
            println!("summing {} items", self.items.len());
            self.items.iter().map(|(_, p)| p).sum()
        })
    }
}

fn main() {
    let c = Catalog { items: vec![("pen", 2), ("book", 15), ("bag", 30)], total: OnceCell::new() };
    println!("total = {}", c.total());
    println!("total again = {}", c.total());

    let mut c2 = c;
    // With &mut we can reset the cell
    let old = c2.total.take();
    println!("taken = {:?}, now = {:?}", old, c2.total.get());
    c2.items.push(("lamp", 40));
    println!("new total = {}", c2.total());
}
