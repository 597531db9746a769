trait Put<T> { fn put(&mut self, item: T); }
struct Shelf<T> { things: Vec<T> }
impl<T> Put<T> for Shelf<T> {
    fn put(&mut self, item: T) { self.things.push(item); }
}
fn fill<C: Put<i32>>(c: &mut C) { c.put(7); }
fn main() {
    let mut shelf = Shelf { things: Vec::new() };
    fill(&mut shelf);
    println!("{}", shelf.things.len());
}
